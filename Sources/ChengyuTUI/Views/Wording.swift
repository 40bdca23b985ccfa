import ChengyuCore

/// Fitting and listing words in the drawn language: "a, b and c", "甲、乙和丙".
enum Wording {
  /// The parts joined, leaving out those at `drop` (in that order) until the line fits `width`.
  static func fit(_ parts: [String], drop: [Int], separator: String, width: Int) -> String {
    var kept = Array(parts.indices)
    var line: String { kept.map { parts[$0] }.joined(separator: separator) }
    for i in drop where DisplayWidth.of(line) > width { kept.removeAll { $0 == i } }
    return line
  }
}

extension AppState {
  /// "a", "a and b", "a, b and c" (Chinese: "甲和乙", "甲、乙和丙").
  func listedWithAnd(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return listed(Array(items.dropLast())) + t(TUIStatusMsg.listAnd) + items[items.count - 1]
  }
}
