import ChengyuCore

/// Every node's ties as (tie, partner), heaviest first, then by partner (the order of
/// `NetworkView.ties(of:)`), in one flat array laid out like the graph's rows (`offsets`): one
/// allocation per filter instead of an array per node grown tie by tie (that was a quarter of a
/// base build's time at 10⁶ agreements, 2.1 M ties).
struct PartnerLists: Sendable {
  private let offsets: [Int]
  private let entries: [(tie: Int, partner: Int)]

  /// No node.
  init() {
    offsets = [0]
    entries = []
  }

  /// `tiesByWeight` is heaviest first, then by (a, b) with a < b, so handing each tie in that
  /// order to both its ends gives each node its partners by weight, and within a weight the
  /// partners below it (as `a`, ascending) before those above it (as `b`, ascending):
  /// ascending partner order, without a sort per node.
  init(_ g: CooperationGraph, tiesByWeight: [Int]) {
    offsets = g.offsets
    var fill = Array(g.offsets.dropLast())
    let ties = g.ties  // ends read off the tie records, no agreement window per tie
    entries = [(tie: Int, partner: Int)](unsafeUninitializedCapacity: g.offsets[g.nodeCount]) { buffer, count in
      for t in tiesByWeight {
        let (a, b) = ties.ends(t)
        buffer[fill[a]] = (t, b)
        fill[a] += 1
        buffer[fill[b]] = (t, a)
        fill[b] += 1
      }
      count = buffer.count
    }
  }

  /// The node's ties as (tie, partner), heaviest first.
  subscript(node: Int) -> [(tie: Int, partner: Int)] { Array(entries[offsets[node]..<offsets[node + 1]]) }
}
