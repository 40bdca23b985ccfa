/// Moving a selection across a picture with the arrow keys: the nearest point in a direction.
public enum DirectionPick {
  /// A screen direction (y grows downwards).
  public enum Direction: Sendable, CaseIterable {
    case left, right, up, down
  }

  /// Among `points` (device coordinates, y down), the index nearest to `points[from]` that lies
  /// within 60° either side of `direction`; the off-axis distance counts double, so a city
  /// straight ahead wins over one nearer but far to the side. Nil when nothing lies that way.
  public static func nearest(from: Int, toward direction: Direction, in points: [(x: Double, y: Double)]) -> Int? {
    guard points.indices.contains(from) else { return nil }
    let o = points[from]
    var best: (index: Int, cost: Double)?
    for (i, p) in points.enumerated() where i != from {
      let dx = p.x - o.x, dy = p.y - o.y
      let (along, across): (Double, Double)
      switch direction {
      case .right: (along, across) = (dx, dy)
      case .left: (along, across) = (-dx, dy)
      case .down: (along, across) = (dy, dx)
      case .up: (along, across) = (-dy, dx)
      }
      // tan(60°) ≈ 1.732: points more to the side than that belong to another direction.
      guard along > 0, abs(across) <= along * 1.732 else { continue }
      let cost = along + 2 * abs(across)
      if best == nil || cost < best!.cost { best = (i, cost) }
    }
    return best?.index
  }
}
