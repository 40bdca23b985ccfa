import Testing

@testable import ChengyuCore

/// A filter change writes into the memory of a view that is gone (`ViewRecycler`), never into a
/// live view's, and what it writes is the reference builder's network.
@Suite("Views reusing the memory of earlier views")
struct ViewRecyclerTests {
  static func base(_ a: [Int]) -> UnsafeRawPointer? { a.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }

  @Test(arguments: [NetworkBuilder.Pass.byPair, .byAgreement])
  func aGoneViewsMemoryIsReusedAndALiveOneIsNot(pass: NetworkBuilder.Pass) throws {
    // A dataset of its own: its views' memory is what the test watches, and a shared corpus's
    // recycler is also used by the tests running beside this one.
    let ds = try IncidenceEquivalenceTests.freshSynthetic(seed: 3)
    var broad = Filter()
    broad.weighting = .newman
    var narrow = Filter()
    narrow.families = [.governance]
    narrow.crossBorderOnly = true
    var other = Filter()
    other.years = 2000...2100
    func build(_ f: Filter) -> (agreements: [Int], graph: CooperationGraph) {
      NetworkBuilder(dataset: ds, filter: f, pass: pass, threads: 2).build()
    }
    var first: (agreements: [Int], graph: CooperationGraph)? = build(broad)
    let address = Self.base(first!.graph.neighbors)
    // Built while the first is alive: its own memory, and the first stays as it was.
    let second = build(other)
    #expect(Self.base(second.graph.neighbors) != address)
    IncidenceEquivalenceTests.expectSameNetwork(first!.agreements, first!.graph, ReferenceNetwork(ds, broad), "first")
    // A copy of the rows outlives the first view: writing into them copies them first.
    let rows = first!.graph.neighborTies
    let rowsBefore = rows.withUnsafeBufferPointer { Array($0) }  // a copy of its own (`Array(rows)` would share the buffer)
    first = nil
    let third = build(narrow)
    #expect(Self.base(third.graph.neighbors) == address, "the gone view's rows are written again")
    #expect(rows == rowsBefore, "a kept copy of a gone view's rows does not change")
    IncidenceEquivalenceTests.expectSameNetwork(third.agreements, third.graph, ReferenceNetwork(ds, narrow), "third")
    IncidenceEquivalenceTests.expectSameNetwork(second.agreements, second.graph, ReferenceNetwork(ds, other), "second")
  }

  /// Many changes in a row, each view dropped or kept, every one the reference's network.
  @Test func aRunOfChangesKeepsMatchingTheReference() throws {
    let ds = try IncidenceEquivalenceTests.synthetic(seed: 2026)
    let filters = IncidenceEquivalenceTests.filters(ds)
    var kept: [(String, Filter, NetworkView)] = []
    for (i, (label, f)) in filters.enumerated() {
      let view = ds.view(f)
      IncidenceEquivalenceTests.expectSameNetwork(view.agreements, view.graph, ReferenceNetwork(ds, f), label)
      if i % 3 == 0 { kept.append((label, f, view)) }
    }
    for (label, f, view) in kept {
      IncidenceEquivalenceTests.expectSameNetwork(view.agreements, view.graph, ReferenceNetwork(ds, f), "kept \(label)")
    }
  }
}
