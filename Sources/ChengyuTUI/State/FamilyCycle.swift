import ChengyuCore

/// The `m` key's cycle: all → governance → collaboration → all.
public enum FamilyCycle {
  /// The family set after `families` in the cycle (or before it, `backwards`).
  public static func next(_ families: Set<MechanismFamily>, backwards: Bool = false) -> Set<MechanismFamily> {
    let order: [Set<MechanismFamily>] = [[], [.governance], [.collaboration]]
    let i = order.firstIndex(of: families) ?? 0
    return order[(i + (backwards ? order.count - 1 : 1)) % order.count]
  }
}
