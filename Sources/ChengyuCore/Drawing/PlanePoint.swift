/// A point on a drawing plane. For maps the unit is the kilometre (x east, y north); for
/// force-directed layouts it is an abstract unit. Screens and SVG map it through a `PictureViewport`.
public struct PlanePoint: Hashable, Sendable {
  public var x: Double
  public var y: Double

  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }

  /// Euclidean distance to another point.
  public func distance(to o: PlanePoint) -> Double {
    let dx = x - o.x, dy = y - o.y
    return (dx * dx + dy * dy).squareRoot()
  }
}

/// The smallest axis-aligned box holding some points.
public struct PlaneBounds: Hashable, Sendable {
  public var minX: Double
  public var minY: Double
  public var maxX: Double
  public var maxY: Double

  /// The box of `points`; nil when there are none.
  public init?<S: Sequence>(_ points: S) where S.Element == PlanePoint {
    var it = points.makeIterator()
    guard let first = it.next() else { return nil }
    minX = first.x
    maxX = first.x
    minY = first.y
    maxY = first.y
    while let p = it.next() {
      minX = min(minX, p.x)
      maxX = max(maxX, p.x)
      minY = min(minY, p.y)
      maxY = max(maxY, p.y)
    }
  }

  public var width: Double { maxX - minX }
  public var height: Double { maxY - minY }
  public var center: PlanePoint { PlanePoint(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }
}
