/// What a selected row stands for, so a filter change keeps the same city, tie or record
/// selected when it is still listed.
enum RowIdentity: Hashable {
  case city(Int), tie(Int, Int), agreement(Int), policy(Int), period(Int, Int?), setting(FilterRow)
}

extension AppState {
  /// What the selected row of a list stands for, if the list's rows have identities.
  func rowIdentity(_ key: ListKey) -> RowIdentity? {
    guard let ids = ScreenRegistry.spec(key.screen.kind).identities(self, key) else { return nil }
    let i = list(key).selected
    return ids.indices.contains(i) ? ids[i] : nil
  }

  /// The row of a list that stands for `identity`, if it is still listed.
  func rowIndex(_ key: ListKey, identity: RowIdentity) -> Int? {
    ScreenRegistry.spec(key.screen.kind).identities(self, key)?.firstIndex(of: identity)
  }
}
