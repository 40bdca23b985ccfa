/// A set of agreement indices as one bit per agreement: the filter's dimensions are kept as
/// such sets, combined with OR inside a dimension (any chosen mechanism) and AND across
/// dimensions, 64 agreements per machine word.
struct AgreementBitset: Sendable, Equatable {
  /// Bit `i % 64` of word `i / 64` says whether agreement `i` is in the set.
  private(set) var words: [UInt64]
  /// Number of agreements the set ranges over.
  let count: Int

  /// The empty set, or every agreement when `full`.
  init(count: Int, full: Bool = false) {
    self.count = count
    words = [UInt64](repeating: full ? ~0 : 0, count: (count + 63) / 64)
    if full { clearTail() }
  }

  func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }

  mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

  mutating func formUnion(_ other: AgreementBitset) {
    precondition(other.count == count, "bitsets over different agreements")
    for w in words.indices { words[w] |= other.words[w] }
  }

  mutating func formIntersection(_ other: AgreementBitset) {
    precondition(other.count == count, "bitsets over different agreements")
    for w in words.indices { words[w] &= other.words[w] }
  }

  /// Number of members.
  var population: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

  /// The members for which `keep` holds, tested on up to `threads` threads (each takes a range
  /// of words; `keep` must be safe to call from several threads at once).
  func filtered(threads: Int, _ keep: (Int) -> Bool) -> AgreementBitset {
    var result = self
    let parts = max(1, min(threads, words.count))
    result.words.withUnsafeMutableBufferPointer { out in
      WorkSplit.run(parts: parts, threads: threads) { part in
        for w in WorkSplit.slice(out.count, part, of: parts) {
          var bits = out[w]
          var kept: UInt64 = 0
          while bits != 0 {
            let b = bits.trailingZeroBitCount
            if keep(w << 6 | b) { kept |= 1 << UInt64(b) }
            bits &= bits - 1
          }
          out[w] = kept
        }
      }
    }
    return result
  }

  /// Calls `body` with every member, ascending.
  func forEach(_ body: (Int) -> Void) {
    for (w, word) in words.enumerated() where word != 0 {
      var bits = word
      while bits != 0 {
        body(w << 6 | bits.trailingZeroBitCount)
        bits &= bits - 1
      }
    }
  }

  /// Bits past `count` in the last word stay clear, so `forEach` never yields them.
  private mutating func clearTail() {
    let used = count & 63
    if used != 0 { words[words.count - 1] &= (1 << UInt64(used)) - 1 }
  }
}
