/// Where each node of a view sits on a map, in km from the middle of the region.
///
/// A node without coordinates borrows them: from its nearest ancestor that has them (a district
/// from its prefecture), else from its provincial-level unit, else the mean of its partners'
/// positions (repeated so chains of such nodes settle), else the middle of the map. Borrowed
/// positions are reported in `approximate` so pictures can mark them.
public struct MapPositions: Sendable {
  /// One position per node, in node order.
  public var positions: [PlanePoint]
  /// Nodes placed without coordinates of their own.
  public var approximate: Set<Int>
  /// The projection used (nil when no node and no ancestor has coordinates).
  public var projection: GeoProjection?

  public init(view: NetworkView) {
    let ds = view.dataset
    let g = view.graph
    var coords = [(latitude: Double, longitude: Double)?](repeating: nil, count: g.nodeCount)
    var approximate = Set<Int>()
    for v in 0..<g.nodeCount {
      let city = view.city(node: v)
      if let lat = city.latitude, let lon = city.longitude {
        coords[v] = (lat, lon)
        continue
      }
      approximate.insert(v)
      var current = city
      var steps = 0
      while coords[v] == nil, let p = current.parent, let parent = ds.city(p), steps < ds.cities.count {
        if let lat = parent.latitude, let lon = parent.longitude { coords[v] = (lat, lon) }
        current = parent
        steps += 1
      }
      if coords[v] == nil, let prov = ds.city(city.province), let lat = prov.latitude, let lon = prov.longitude {
        coords[v] = (lat, lon)
      }
    }
    let known = coords.compactMap { $0 }
    let projection = GeoProjection(fitting: known)
    self.projection = projection
    var points: [PlanePoint?] = coords.map { c in c.flatMap { c in projection?.project(latitude: c.latitude, longitude: c.longitude) } }
    // Partners' mean for the rest, a few rounds so a chain of unplaced nodes fills in.
    for _ in 0..<4 where points.contains(where: { $0 == nil }) {
      for v in 0..<g.nodeCount where points[v] == nil {
        let placed = (g.offsets[v]..<g.offsets[v + 1]).compactMap { points[g.neighbors[$0]] }
        guard !placed.isEmpty else { continue }
        points[v] = PlanePoint(x: placed.map(\.x).reduce(0, +) / Double(placed.count),
                               y: placed.map(\.y).reduce(0, +) / Double(placed.count))
      }
    }
    positions = points.map { $0 ?? PlanePoint(x: 0, y: 0) }
    self.approximate = approximate
  }
}

extension NetworkPicture {
  /// The view on a map: nodes at their (projected) seat coordinates.
  public static func map(_ view: NetworkView) -> NetworkPicture {
    let m = MapPositions(view: view)
    return NetworkPicture(view: view, kind: .map, positions: m.positions, approximate: m.approximate)
  }

  /// The view as a force-directed graph; nil when `progress` cancelled the layout.
  public static func graph(_ view: NetworkView, layout: ForceLayout = ForceLayout(),
                           progress: (Double) -> Bool = { _ in true }) -> NetworkPicture? {
    guard let positions = layout.run(view.graph, progress: progress) else { return nil }
    return NetworkPicture(view: view, kind: .graph, positions: positions)
  }
}
