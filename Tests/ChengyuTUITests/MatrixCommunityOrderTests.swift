import ChengyuCore
import ChengyuTUI
import Testing

/// The Matrix screen groups its rows by Louvain community, so the communities show as blocks.
@Suite struct MatrixCommunityOrderTests {
  @Test func rowsComeInCommunityBlocksLargestFirst() {
    let s = explorer()
    let communities = s.view.graph.louvain()
    let order = s.model.pictures!.matrix.order
    #expect(order.count == s.view.graph.nodeCount && communities.count > 1)
    let labels = order.map { communities.label[$0] }
    // Each community's rows are contiguous, and the blocks run from the largest community down.
    var seen: [Int] = []
    for l in labels where seen.last != l {
      #expect(!seen.contains(l), "community \(l) split into two blocks")
      seen.append(l)
    }
    let sizes = seen.map { l in labels.filter { $0 == l }.count }
    #expect(sizes == sizes.sorted(by: >))
  }
}
