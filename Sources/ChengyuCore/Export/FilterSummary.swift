/// How a `Filter` is reported in output and exports, so every result says what it was made from.
public enum FilterSummary {
  /// Always the same keys, so scripts can read any of them without checking.
  public static func json(_ f: Filter) -> JSONValue {
    .object([
      ("families", .array(f.families.sorted().map { .string($0.rawValue) })),
      ("mechanisms", .array(f.mechanisms.sorted().map { .string($0) })),
      ("domains", .array(f.domains.sorted().map { .string($0) })),
      ("years", f.years.map { .array([.int($0.lowerBound), .int($0.upperBound)]) } ?? .null),
      ("levels", .array(f.levels.sorted().map { .string($0.rawValue) })),
      ("in_region", .bool(f.inRegionOnly)),
      ("cross_border", .bool(f.crossBorderOnly)),
      ("text", .string(f.text)),
      ("aggregation", .string(f.aggregation.rawValue)),
      ("issuer_levels", .array(f.issuerLevels.sorted().map { .string($0.rawValue) })),
    ])
  }

  /// One line for people, e.g. `family=governance years=2016-2017`, or `none`.
  public static func text(_ f: Filter) -> String {
    var parts: [String] = []
    if !f.families.isEmpty { parts.append("family=" + f.families.sorted().map(\.rawValue).joined(separator: ",")) }
    if !f.mechanisms.isEmpty { parts.append("mechanism=" + f.mechanisms.sorted().joined(separator: ",")) }
    if !f.domains.isEmpty { parts.append("domain=" + f.domains.sorted().joined(separator: ",")) }
    if let y = f.years {
      parts.append("years=" + (y.lowerBound == y.upperBound ? "\(y.lowerBound)" : "\(y.lowerBound)-\(y.upperBound)"))
    }
    if !f.levels.isEmpty { parts.append("level=" + f.levels.sorted().map(\.rawValue).joined(separator: ",")) }
    if f.inRegionOnly { parts.append("in-region") }
    if f.crossBorderOnly { parts.append("cross-border") }
    if !f.issuerLevels.isEmpty { parts.append("issuer-level=" + f.issuerLevels.sorted().map(\.rawValue).joined(separator: ",")) }
    if !f.text.isEmpty { parts.append("text=\"\(TextSanitizer.clean(f.text))\"") }
    return parts.isEmpty ? "none" : parts.joined(separator: " ")
  }
}
