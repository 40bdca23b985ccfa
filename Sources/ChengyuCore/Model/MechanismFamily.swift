/// The reference study's two network mechanisms.
public enum MechanismFamily: String, CaseIterable, Sendable, Comparable {
  /// 治理网络机制: standing structures for governing cross-boundary affairs.
  case governance
  /// 协作网络机制: commitments to concrete cooperation.
  case collaboration

  public var nameZh: String { self == .governance ? "治理" : "协作" }
  /// One letter, so a screen never shows the family by colour alone.
  public var letter: Character { self == .governance ? "G" : "C" }

  public static func < (a: MechanismFamily, b: MechanismFamily) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
