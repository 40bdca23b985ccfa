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

  /// The largest width or height a parsed size may have: a buffer is `width * height` cells, so
  /// an uncapped `resize:4000000000x4000000000` would overflow and `100000x100000` exhaust memory.
  public static let maximum = 1000

  /// Parses "100x30" (also "100X30"): digits only, each side at most `maximum`; nil for anything
  /// else. Every size read from text (`--size`, a script's `resize:WxH`) comes through here.
  public init?(parsing text: String) {
    let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
    guard parts.count == 2,
      parts.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 4 && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
      let w = Int(parts[0]), let h = Int(parts[1]), w <= Self.maximum, h <= Self.maximum
    else {
      return nil
    }
    self.init(width: w, height: h)
  }
}
