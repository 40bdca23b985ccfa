/// Who issued a policy document, as the `--issuer-level` filter and the explorer's Policies
/// letter column distinguish it: the central government, or any issuer below it.
public enum IssuerLevel: String, CaseIterable, Sendable, Hashable, Comparable {
  /// `issuer_level` `central` (国务院, national ministries and commissions).
  case central
  /// Every other `issuer_level`: `provincial`, `joint-provincial` (documents of both
  /// governments) and lower levels.
  case provincial

  /// The level of a policy's `issuer_level` text.
  public init(issuerLevel text: String) { self = text == "central" ? .central : .provincial }

  /// One letter for narrow tables: C or P.
  public var letter: Character { self == .central ? "C" : "P" }

  /// The Chinese name (中央, 地方).
  public var nameZh: String { self == .central ? "中央" : "地方" }

  public static func < (a: IssuerLevel, b: IssuerLevel) -> Bool { a == .central && b == .provincial }
}

extension Policy {
  /// Central or provincial (see `IssuerLevel`).
  public var issuer: IssuerLevel { IssuerLevel(issuerLevel: issuerLevel) }
}
