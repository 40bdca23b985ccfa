/// The agreement fields the filter index and the incidence read, in one place, from the
/// columnar store (no `Agreement` is built per row).
extension Dataset {
  var agreementCount: Int { agreements.count }
  func partiesOfAgreement(_ i: Int) -> ArraySlice<Int32> { agreements.parties(i) }
  func mechanismOfAgreement(_ i: Int) -> Int { agreements.mechanism(i) }
  func domainsOfAgreement(_ i: Int) -> ArraySlice<Int32> { agreements.domains(i) }
  func yearOfAgreement(_ i: Int) -> Int { agreements.year(i) }
  func partyCountOfAgreement(_ i: Int) -> Int { agreements.partyCount(i) }
  func confidenceOfAgreement(_ i: Int) -> String { agreements.confidence(i) }
  /// Agreement indices by date, then id: the order of `NetworkView.agreements`.
  ///
  /// A stable counting sort by the packed date (two passes of 16 bits), then every run of one
  /// date put in id order (already so, and checked in one pass, when the file's ids rise): a
  /// comparison sort of a million agreements took most of the filter index's time.
  func agreementsByDateAndID() -> [Int] {
    let store = agreements
    let n = store.count
    guard n > 1 else { return Array(0..<n) }
    var low = Int32.max
    var high = Int32.min
    for i in 0..<n {
      low = min(low, store.dateKey(i))
      high = max(high, store.dateKey(i))
    }
    var order = Array(0..<n)
    if Int(high) - Int(low) >= 1 << 32 { return order.sorted { store.precedes($0, $1) } }
    var other = order
    for shift in [0, 16] where shift == 0 || (Int(high) - Int(low)) >> 16 > 0 {
      var start = [Int](repeating: 0, count: (1 << 16) + 1)
      for i in order { start[Int((UInt32(bitPattern: store.dateKey(i) &- low) >> UInt32(shift)) & 0xFFFF) + 1] += 1 }
      for b in 0..<(1 << 16) { start[b + 1] += start[b] }
      for i in order {
        let b = Int((UInt32(bitPattern: store.dateKey(i) &- low) >> UInt32(shift)) & 0xFFFF)
        other[start[b]] = i
        start[b] += 1
      }
      swap(&order, &other)
    }
    var runStart = 0
    for k in 1...n where k == n || store.dateKey(order[k]) != store.dateKey(order[runStart]) {
      if k - runStart > 1, !(runStart..<(k - 1)).allSatisfy({ store.precedes(order[$0], order[$0 + 1]) }) {
        order[runStart..<k].sort { store.precedes($0, $1) }
      }
      runStart = k
    }
    return order
  }
  /// Policy indices by date, then id: the order of `NetworkView.policies`.
  func policiesByDateAndID() -> [Int] {
    policies.indices.sorted { (policies[$0].date, policies[$0].id) < (policies[$1].date, policies[$1].id) }
  }
}
