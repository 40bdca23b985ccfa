import Foundation
import Testing

/// No text for the screen is written outside the catalogue: the explorer's screens, views,
/// state and reducer hold no string literal with English words (ids, keys and format pieces
/// only). A new sentence typed in a screen fails here until it becomes a catalogue key.
@Suite struct CatalogueLiteralTests {
  /// Literals that are data handling or developer messages, not text for the user.
  static let allowed = [" Province", " Municipality", "screen kind ' ' is not in ScreenRegistry.all"]

  @Test func explorerCodeHoldsNoUserFacingLiterals() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/ChengyuTUI")
    var found: [String] = []
    for folder in ["Screens", "Views", "State", "Update", "App", "Pictures"] {
      let dir = root.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".swift") {
        let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
          let code = line.components(separatedBy: "//").first ?? ""  // comments may say anything
          for literal in Self.literals(code) where Self.looksLikeText(literal) && !Self.allowed.contains(literal) {
            found.append("\(folder)/\(name):\(n + 1): \"\(literal)\"")
          }
        }
      }
    }
    #expect(found.isEmpty, "text outside the catalogue:\n\(found.joined(separator: "\n"))")
  }

  /// The plain parts of the string literals of a line (interpolations cut out).
  static func literals(_ line: String) -> [String] {
    let pieces = line.split(separator: "\"", omittingEmptySubsequences: false)
    return stride(from: 1, to: pieces.count, by: 2).map { i in
      String(pieces[i]).replacingOccurrences(of: #"\\\([^)]*\)?"#, with: " ", options: .regularExpression)
    }
  }

  /// Two English words in a row, or a capitalised word of four letters or more.
  static func looksLikeText(_ s: String) -> Bool {
    s.range(of: #"[A-Za-z]{2,} [A-Za-z]{2,}"#, options: .regularExpression) != nil
      || s.range(of: #"\b[A-Z][a-z]{3,}"#, options: .regularExpression) != nil
  }
}
