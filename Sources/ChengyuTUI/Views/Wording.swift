import ChengyuCore

/// Counts and lists in words, in one place so the message catalogue can take them over: "1
/// agreement", "3 agreements", "filters, searches and aggregation".
enum Wording {
  /// "1 tie", "2 ties"; `plural` when the word does not just take an "s" ("1 city", "2 cities").
  static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
  }

  /// The parts joined, leaving out those at `drop` (in that order) until the line fits `width`.
  static func fit(_ parts: [String], drop: [Int], separator: String, width: Int) -> String {
    var kept = Array(parts.indices)
    var line: String { kept.map { parts[$0] }.joined(separator: separator) }
    for i in drop where DisplayWidth.of(line) > width { kept.removeAll { $0 == i } }
    return line
  }

  /// "a", "a and b", "a, b and c".
  static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }
}
