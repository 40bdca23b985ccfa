import ChengyuCore
import Synchronization
import Testing

/// Cancellation inside the single-threaded long measures (constraint, eigenvector, triangles
/// and clustering): a token cancelled at its first progress report stops the work there, at a
/// known point; a live token changes no result.
@Suite struct MeasureCancellationTests {
  /// Holds the token its own observer cancels.
  private final class Cell: Sendable {
    let token = Mutex<CancellationToken?>(nil)
  }

  /// A token that cancels itself at the first progress report above `threshold`.
  static func cancelling(above threshold: Double = 0) -> CancellationToken {
    let cell = Cell()
    let token = CancellationToken { value in
      if value > threshold { cell.token.withLock { $0 }?.cancel() }
    }
    cell.token.withLock { $0 = token }
    return token
  }

  @Test(arguments: ["karate", "dataset_signed", "weighted_multi"])
  func aLiveTokenChangesNoResultAndReachesTheEnd(_ name: String) throws {
    let (g, _) = try NetworkxFixture(name).graph()
    for weighted in [false, true] {
      let token = CancellationToken()
      #expect(g.eigenvector(weighted: weighted, cancel: token) == g.eigenvector(weighted: weighted))
      #expect(token.progress == 1)
    }
    let token = CancellationToken()
    #expect(g.constraint(cancel: token.part(0...0.5)) == g.constraint())
    #expect(g.clustering(cancel: token.part(0.5...1)) == g.clustering())
    #expect(token.progress == 1)
  }

  @Test func constraintStopsAtTheNodeAfterTheCancellingReport() throws {
    let (g, _) = try NetworkxFixture("dataset_signed").graph()
    let full = g.constraint()
    let token = Self.cancelling()
    let partial = g.constraint(cancel: token)
    // Reports come every 16 nodes; the one at node 16 cancelled, so nodes 0…16 were computed.
    #expect(g.nodeCount > 40)
    #expect(token.isCancelled && token.progress == 16 / Double(g.nodeCount))
    #expect(Array(partial[...16]) == Array(full[...16]))
    #expect(partial[17...].allSatisfy { $0 == nil })
    #expect(full[17...].contains { $0 != nil })
  }

  @Test func eigenvectorStopsAfterTheStepThatReported() throws {
    let (g, _) = try NetworkxFixture("karate").graph()
    guard case .converged(_, let steps) = g.eigenvector() else {
      Issue.record("karate converges")
      return
    }
    #expect(steps > 2)
    // The first report above 0 is before the second step: only the first was done.
    let token = Self.cancelling()
    #expect(g.eigenvector(cancel: token) == .notConverged(iterations: 1))
    #expect(token.progress == 0.01)
    // Cancelled from the start, no step is done.
    let cancelled = CancellationToken()
    cancelled.cancel()
    #expect(g.eigenvector(cancel: cancelled) == .notConverged(iterations: 0))
  }

  @Test func trianglesStopAtTheNodeAfterTheCancellingReport() throws {
    let (g, _) = try NetworkxFixture("dataset_signed").graph()
    let full = g.triangles().reduce(0, +)
    let token = Self.cancelling()
    let partial = g.triangles(cancel: token).reduce(0, +)
    #expect(token.progress == 16 / Double(g.nodeCount))
    #expect(partial < full)
    let cancelled = CancellationToken()
    cancelled.cancel()
    #expect(g.clustering(cancel: cancelled).allSatisfy { $0 == 0 })
    #expect(g.clustering().contains { $0 > 0 })
  }

  @Test func allMeasuresStopInsideConstraint() throws {
    let (g, _) = try NetworkxFixture("dataset_signed").graph()
    // Constraint has 0.47…0.75 of the bar: a report inside it cancels, and nothing after it
    // (Louvain from 0.75) reports.
    let token = Self.cancelling(above: 0.48)
    #expect(NetworkMeasures(graph: g, cancel: token) == nil)
    #expect(token.progress > 0.48 && token.progress < 0.75)
  }
}
