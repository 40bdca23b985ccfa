/// Where one field's content lies in the input bytes, as found by the scanner.
///
/// For a quoted field the span excludes the surrounding quotes; doubled quotes inside are still
/// doubled, and `hasDoubledQuotes` says the bytes must be collapsed before use.
public struct CSVFieldSpan: Sendable, Equatable {
  /// Offset of the first content byte.
  public var start: Int
  /// Offset just past the last content byte.
  public var end: Int
  /// True when the field was quoted and holds `""` pairs that stand for one `"` each.
  public var hasDoubledQuotes: Bool

  /// A span of content bytes.
  public init(start: Int, end: Int, hasDoubledQuotes: Bool) {
    self.start = start
    self.end = end
    self.hasDoubledQuotes = hasDoubledQuotes
  }
}
