import ChengyuCore
import Testing

/// The cancellation token of long measures: progress mapping, shared cancellation, and the
/// measures' results with a token (the same as without; nothing computed once cancelled).
@Suite struct CancellationTokenTests {
  @Test func progressIsMappedIntoPartsAndNeverGoesBack() {
    let token = CancellationToken()
    #expect(token.progress == 0)
    let second = token.part(0.5...1)
    second.report(0.5)
    #expect(token.progress == 0.75)
    token.part(0...0.5).report(1)  // an earlier part reporting late does not move the bar back
    #expect(token.progress == 0.75)
    second.part(0.5...1).report(2)  // clamped to its slice's end
    #expect(token.progress == 1)
  }

  @Test func cancellingAnyPartCancelsTheWhole() {
    let token = CancellationToken()
    let part = token.part(0.2...0.4).part(0...0.5)
    #expect(!token.isCancelled && !part.isCancelled)
    part.cancel()
    #expect(token.isCancelled && part.isCancelled)
    let none: CancellationToken? = nil
    #expect(!none.isCancelled)
  }

  @Test(arguments: ["karate", "dataset_signed", "weighted_multi"])
  func aLiveTokenChangesNoResultAndReachesTheEnd(_ name: String) throws {
    let (g, _) = try NetworkxFixture(name).graph()
    let token = CancellationToken()
    let withToken = try #require(NetworkMeasures(graph: g, cancel: token))
    let without = NetworkMeasures(graph: g)
    #expect(withToken.betweenness == without.betweenness)
    #expect(withToken.closeness == without.closeness)
    #expect(withToken.communities.label == without.communities.label)
    #expect(withToken.corePeriphery.coreness == without.corePeriphery.coreness)
    #expect(withToken.corePeriphery.inCore == without.corePeriphery.inCore)
    #expect(withToken.summary.diameter == without.summary.diameter)
    #expect(token.progress == 1)
    #expect(g.louvain(cancel: CancellationToken()).label == g.louvain().label)
  }

  @Test func aCancelledTokenStopsTheMeasuresBeforeAnyWork() throws {
    let (g, _) = try NetworkxFixture("karate").graph()
    let token = CancellationToken()
    token.cancel()
    #expect(NetworkMeasures(graph: g, cancel: token) == nil)
    // Betweenness checks before every source: none ran, so nothing was accumulated.
    #expect(g.betweenness(cancel: token).allSatisfy { $0 == 0 })
    #expect(g.betweenness().contains { $0 > 0 })
    #expect(g.closeness(cancel: token).closeness.allSatisfy { $0 == 0 })
    // Louvain checks before every sweep: no node moved, every node is its own community.
    #expect(Set(g.louvain(cancel: token).label).count == g.nodeCount)
    #expect(token.progress < 1)
  }
}
