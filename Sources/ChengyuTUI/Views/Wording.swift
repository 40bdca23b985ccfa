/// Counts and lists in words, in one place so the message catalogue can take them over: "1
/// agreement", "3 agreements", "filters, searches and aggregation".
enum Wording {
  /// "1 tie", "2 ties"; `plural` when the word does not just take an "s" ("1 city", "2 cities").
  static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
  }

  /// "a", "a and b", "a, b and c".
  static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }
}
