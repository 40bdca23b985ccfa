/// A terminal or buffer size in columns and rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// A size; negative values are clamped to zero.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// True when there is no cell at all.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// "100x30", the form used by `--size` and in messages.
  public var description: String { "\(width)x\(height)" }

  /// Parses "100x30" (also "100X30"); nil for anything else.
  public init?(parsing text: String) {
    let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
    guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w >= 0, h >= 0 else {
      return nil
    }
    self.init(width: w, height: h)
  }
}
