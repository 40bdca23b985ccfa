import ChengyuCore
import ChengyuData
import Foundation
import Testing

/// Projection, viewport, force layout, matrix order and direction picking of the pictures.
@Suite struct DrawingGeometryTests {
  /// Great-circle distance (haversine), the reference the projection is held to.
  static func haversine(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
    let r = GeoProjection.earthRadiusKm, rad = Double.pi / 180
    let dlat = (b.0 - a.0) * rad, dlon = (b.1 - a.1) * rad
    let h = sin(dlat / 2) * sin(dlat / 2) + cos(a.0 * rad) * cos(b.0 * rad) * sin(dlon / 2) * sin(dlon / 2)
    return 2 * r * asin(h.squareRoot())
  }

  // Seat coordinates as in data/cities.csv.
  static let chengdu = (30.57, 104.07), chongqing = (29.56, 106.55), luzhou = (28.89, 105.44)
  static let guangyuan = (32.4354, 105.8434)

  @Test func projectionKeepsDirectionsAndDistancesWithinTwoPerCent() {
    let p = GeoProjection(fitting: [Self.chengdu, Self.chongqing, Self.luzhou, Self.guangyuan].map { (latitude: $0.0, longitude: $0.1) })!
    let at = { (c: (Double, Double)) in p.project(latitude: c.0, longitude: c.1) }
    #expect(at(Self.chengdu).x < at(Self.chongqing).x)  // 成都 west of 重庆
    #expect(at(Self.guangyuan).y > at(Self.luzhou).y)  // 广元 north of 泸州
    for (a, b) in [(Self.chengdu, Self.chongqing), (Self.guangyuan, Self.luzhou), (Self.chengdu, Self.luzhou)] {
      let truth = Self.haversine(a, b)
      #expect(abs(at(a).distance(to: at(b)) - truth) / truth < 0.02, "\(a) \(b): \(at(a).distance(to: at(b))) vs \(truth)")
    }
    // Without the cos(latitude) factor Chengdu–Chongqing would be about 5 % too long.
    let plain = ((2.48 * GeoProjection.kmPerDegreeLatitude) * (2.48 * GeoProjection.kmPerDegreeLatitude)
      + (1.01 * GeoProjection.kmPerDegreeLatitude) * (1.01 * GeoProjection.kmPerDegreeLatitude)).squareRoot()
    #expect(plain / Self.haversine(Self.chengdu, Self.chongqing) > 1.05)
  }

  @Test func viewportFitsEveryPointInsideTheMarginAndCameraZoomsAroundTheCentre() {
    let points = [PlanePoint(x: -100, y: 50), PlanePoint(x: 300, y: -20), PlanePoint(x: 0, y: 0)]
    let v = PictureViewport.fit(PlaneBounds(points), width: 160, height: 80, margin: 4)
    for p in points {
      let d = v.project(p)
      #expect(d.x >= 3.999 && d.x <= 156.001 && d.y >= 3.999 && d.y <= 76.001)
    }
    #expect(abs(v.project(PlanePoint(x: -100, y: 0)).x - 4) < 1e-9)  // the widest span touches the margin
    #expect(v.project(PlanePoint(x: 0, y: 50)).y < v.project(PlanePoint(x: 0, y: -20)).y)  // north is up
    let zoomed = v.applying(PictureCamera().zoomed(by: 2))
    #expect(abs(zoomed.planePerDevice - v.planePerDevice / 2) < 1e-12)
    let c = zoomed.project(v.center)
    #expect(abs(c.x - 80) < 1e-9 && abs(c.y - 40) < 1e-9)
    let panned = v.applying(PictureCamera().panned(dx: 0.25, dy: 0, in: v))
    #expect(abs(panned.project(v.center).x - 40) < 1e-9)  // the old centre moved a quarter to the left
    #expect(PictureCamera().zoomed(by: 1000).zoom == PictureCamera.zoomRange.upperBound)
    let u = v.unproject(x: 10, y: 20)
    let back = v.project(u)
    #expect(abs(back.x - 10) < 1e-9 && abs(back.y - 20) < 1e-9)
  }

  static func karate() throws -> CooperationGraph { try NetworkxFixture("karate").graph().0 }

  @Test func forceLayoutIsDeterministicAndPullsTiedNodesTogether() throws {
    let g = try Self.karate()
    for layout in [ForceLayout(seed: 7), ForceLayout(seed: 7, exactLimit: 0)] {  // exact and grid variants
      let a = try #require(layout.run(g))
      let b = try #require(layout.run(g))
      #expect(a == b)
      var other = layout
      other.seed = 8
      #expect(try #require(other.run(g)) != a)
      var tied = 0.0, untied = 0.0, nt = 0.0, nu = 0.0
      for u in 0..<g.nodeCount {
        for v in (u + 1)..<g.nodeCount {
          let d = a[u].distance(to: a[v])
          if g.tie(between: u, and: v) != nil { tied += d; nt += 1 } else { untied += d; nu += 1 }
        }
      }
      #expect(tied / nt < 0.75 * (untied / nu), "tied \(tied / nt) untied \(untied / nu)")
      #expect(a.allSatisfy { $0.x.isFinite && $0.y.isFinite })
    }
  }

  @Test func forceLayoutReportsProgressAndStopsWhenAsked() throws {
    let g = try Self.karate()
    var seen: [Double] = []
    let full = ForceLayout(iterations: 20).run(g) { seen.append($0); return true }
    #expect(full != nil)
    #expect(seen.count == 20 && seen.last == 1 && zip(seen, seen.dropFirst()).allSatisfy { $0 < $1 })
    var calls = 0
    let stopped = ForceLayout(iterations: 20).run(g) { _ in calls += 1; return calls < 3 }
    #expect(stopped == nil && calls == 3)
    #expect(ForceLayout().run(nodeCount: 0, edges: []) == [])
  }

  @Test func matrixOrdersByProvinceGroupThenDegreeAndAcceptsAPartition() {
    let view = EmbeddedDataset.load().view(Filter())
    let pic = NetworkPicture.map(view)
    let order = MatrixOrder.order(pic)
    #expect(Set(order) == Set(pic.nodes.indices) && order.count == pic.nodes.count)
    for (u, v) in zip(order, order.dropFirst()) {
      let (a, b) = (pic.nodes[u], pic.nodes[v])
      #expect(a.group < b.group || (a.group == b.group && (a.degree > b.degree || (a.degree == b.degree && a.id < b.id))))
    }
    // A partition puts its larger block first, whatever the provinces.
    let partition = pic.nodes.indices.map { $0 % 3 == 0 ? 5 : 9 }
    let blocked = MatrixOrder.order(pic, partition: partition)
    let firstBlock = blocked.prefix(partition.filter { $0 == 9 }.count)
    #expect(firstBlock.allSatisfy { partition[$0] == 9 })
    let m = MatrixOrder.weights(pic, order: order)
    #expect(m.joined().reduce(0, +) == 2 * pic.links.map(\.weight).reduce(0, +))
    #expect((0..<m.count).allSatisfy { i in (0..<m.count).allSatisfy { m[i][$0] == m[$0][i] } })
  }

  @Test func shadeBandsGrowWithWeight() {
    #expect(MatrixOrder.shade(0, max: 10) == 0)
    #expect(MatrixOrder.shade(1, max: 10) == 1)
    #expect(MatrixOrder.shade(10, max: 10) == 4)
    #expect(MatrixOrder.shade(1, max: 1) == 4)
    let bands = (1...25).map { MatrixOrder.shade($0, max: 25) }
    #expect(zip(bands, bands.dropFirst()).allSatisfy { $0 <= $1 } && Set(bands) == [1, 2, 3, 4])
  }

  @Test func directionPicksTheNearestPointAheadNotOneFarToTheSide() {
    let pts: [(x: Double, y: Double)] = [(0, 0), (10, 1), (3, 8), (-5, 0), (0, -6), (4, 30)]
    #expect(DirectionPick.nearest(from: 0, toward: .right, in: pts) == 1)
    #expect(DirectionPick.nearest(from: 0, toward: .left, in: pts) == 3)
    #expect(DirectionPick.nearest(from: 0, toward: .up, in: pts) == 4)
    #expect(DirectionPick.nearest(from: 0, toward: .down, in: pts) == 2)
    #expect(DirectionPick.nearest(from: 3, toward: .left, in: pts) == nil)
  }

  @Test func labelPlacerSkipsLabelsThatWouldOverlap() {
    let area = LabelBox(x: 0, y: 0, width: 100, height: 100)
    let a = LabelPlacer.around(x: 50, y: 50, radius: 2, width: 20, height: 10)
    let b = LabelPlacer.around(x: 52, y: 50, radius: 2, width: 20, height: 10)
    let chosen = LabelPlacer.place([a, b, [LabelBox(x: 95, y: 0, width: 10, height: 5)]], avoiding: [], within: area)
    #expect(chosen[0] == 0)  // right of the first marker
    #expect(chosen[1] != nil && chosen[1] != 0)  // the second goes elsewhere
    #expect(!a[chosen[0]!].overlaps(b[chosen[1]!]))
    #expect(chosen[2] == nil)  // outside the area
  }
}
