/// Splits a rectangle into consecutive parts along one axis, ratatui-style but solved greedily.
///
/// Fixed parts (`length`, `percent`, `min`) are served first in order, each clamped to what is
/// left; the remainder is shared among `fill` parts by weight (the rounding remainder goes to
/// the first fill parts), and a `min` part also takes a share when there is no fill part.
public enum Layout {
  /// The direction parts are laid along.
  public enum Axis: Sendable {
    /// Parts stacked top to bottom (rows).
    case vertical
    /// Parts side by side, left to right (columns).
    case horizontal
  }

  /// How long one part is along the axis.
  public enum Constraint: Hashable, Sendable {
    /// Exactly n cells (less when space runs out).
    case length(Int)
    /// n percent of the whole length, rounded down.
    case percent(Int)
    /// At least n cells; grows like `fill(1)` when no fill part exists.
    case min(Int)
    /// A share of the remaining space proportional to the weight.
    case fill(Int)
  }

  /// The parts of `rect`, one per constraint, in order.
  public static func split(_ rect: Rect, _ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
    let total = axis == .vertical ? rect.height : rect.width
    let lengths = solve(total: total, constraints)
    var offset = 0
    return lengths.map { len in
      defer { offset += len }
      switch axis {
      case .vertical: return Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: len)
      case .horizontal: return Rect(x: rect.x + offset, y: rect.y, width: len, height: rect.height)
      }
    }
  }

  /// Lengths along the axis for `constraints` within `total` cells; they never sum past it.
  public static func solve(total: Int, _ constraints: [Constraint]) -> [Int] {
    var left = max(0, total)
    var lengths = [Int](repeating: 0, count: constraints.count)
    for (i, c) in constraints.enumerated() {
      let want: Int
      switch c {
      case .length(let n), .min(let n): want = max(0, n)
      case .percent(let p): want = max(0, total * Swift.min(100, p) / 100)
      case .fill: continue
      }
      lengths[i] = Swift.min(want, left)
      left -= lengths[i]
    }
    var growers = constraints.indices.compactMap { i -> (Int, Int)? in
      if case .fill(let w) = constraints[i] { return (i, max(0, w)) }
      return nil
    }
    if growers.isEmpty {
      growers = constraints.indices.compactMap { i in
        if case .min = constraints[i] { return (i, 1) }
        return nil
      }
    }
    let weights = growers.reduce(0) { $0 + $1.1 }
    guard weights > 0, left > 0 else { return lengths }
    var given = 0
    for (i, w) in growers {
      let share = left * w / weights
      lengths[i] += share
      given += share
    }
    // Rounding remainder, one cell each, to the first weighted parts.
    var rest = left - given
    for (i, w) in growers where rest > 0 && w > 0 {
      lengths[i] += 1
      rest -= 1
    }
    return lengths
  }
}
