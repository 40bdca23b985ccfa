/// Per government (city index), the agreements it is a party to, ascending: a search word that
/// names a government becomes a lookup of its agreements instead of a test of every
/// agreement's parties (a million agreements took 0.04–0.06 s per change that way).
///
/// Built once per dataset on the first such search (a counting sort of the party column).
struct PartyIndex: Sendable {
  /// City `c`'s agreements are `agreements[start[c]..<start[c + 1]]`.
  let start: [Int]
  let agreements: [Int32]
  let agreementCount: Int

  init(_ dataset: Dataset) {
    let store = dataset.agreements
    let n = store.count
    let cities = dataset.cities.count
    agreementCount = n
    var start = [Int](repeating: 0, count: cities + 1)
    for i in 0..<n {
      for p in store.parties(i) where p >= 0 && Int(p) < cities { start[Int(p) + 1] += 1 }
    }
    for c in 0..<cities { start[c + 1] += start[c] }
    var fill = start
    agreements = [Int32](unsafeUninitializedCapacity: start[cities]) { out, filled in
      for i in 0..<n {
        for p in store.parties(i) where p >= 0 && Int(p) < cities {
          out[fill[Int(p)]] = Int32(i)
          fill[Int(p)] += 1
        }
      }
      filled = start[cities]
    }
    self.start = start
  }

  /// The agreements with at least one party for which `counts` holds.
  func signed(byAny counts: (Int) -> Bool) -> AgreementBitset {
    var set = AgreementBitset(count: agreementCount)
    agreements.withUnsafeBufferPointer { list in
      for c in 0..<(start.count - 1) where counts(c) {
        for k in start[c]..<start[c + 1] { set.insert(Int(list[k])) }
      }
    }
    return set
  }
}

extension RecordMatch {
  /// The members of `candidates` that match (`matches(agreement:in:)` for each, the same
  /// answer): the words naming governments are intersected through the party index, and only
  /// the agreements still in are then tested against the other words (ids, dates, titles), on
  /// up to `threads` threads.
  func passing(_ candidates: AgreementBitset, in dataset: Dataset, threads: Int) -> AgreementBitset {
    var result = candidates
    let named = words.filter { !$0.named.isEmpty }
    if !named.isEmpty {
      let index = dataset.derived.partyIndex(dataset)
      for w in named { result.formIntersection(index.signed { counts($0, as: w) }) }
    }
    guard named.count < words.count else { return result }
    return withScannedWords { others in
      dataset.agreements.withSearchColumns { columns in
        others.withUnsafeBufferPointer { others in
          result.filtered(threads: threads) { i in others.allSatisfy { columns.matches(i, $0) } }
        }
      }
    }
  }
}
