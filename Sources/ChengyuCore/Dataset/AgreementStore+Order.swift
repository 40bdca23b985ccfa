/// The agreements in (date, id) order, the order of `NetworkView.agreements`.
extension AgreementStore {
  /// Most day buckets the counting sort uses (32 MiB of counts): a corpus spanning more years
  /// is compared instead.
  static let dateBucketLimit = 1 << 23

  /// Agreement indices sorted by date, then id. When the ids rise in index order (a sorted
  /// file) this is a stable counting sort on the packed date, O(n) (a comparison sort of 10⁶
  /// agreements was 6 % of `chengyu stats`); otherwise a comparison sort with `precedes`.
  public func indicesByDateAndID() -> [Int] {
    let dates = storage.dates
    guard storage.idsIncreasing, let low = dates.min(), let high = dates.max(),
      Int(high) - Int(low) < Self.dateBucketLimit
    else { return indices.sorted { precedes($0, $1) } }
    var start = [Int32](repeating: 0, count: Int(high - low) + 2)
    for d in dates { start[Int(d - low) + 1] += 1 }
    for k in 1..<start.count { start[k] += start[k - 1] }
    var order = [Int](repeating: 0, count: dates.count)
    // In index order, so agreements of one date keep their (id) order.
    for (i, d) in dates.enumerated() {
      let k = Int(d - low)
      order[Int(start[k])] = i
      start[k] += 1
    }
    return order
  }
}
