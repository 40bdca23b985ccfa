import ChengyuCore

/// Lists in words, in the drawn language: "a, b and c", "甲、乙和丙".
extension AppState {
  /// "a", "a and b", "a, b and c" (Chinese: "甲和乙", "甲、乙和丙").
  func listedWithAnd(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return listed(Array(items.dropLast())) + t(TUIStatusMsg.listAnd) + items[items.count - 1]
  }
}
