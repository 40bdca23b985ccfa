import ChengyuCore
import ChengyuTUI
import Synchronization

/// Lines of `graph` run only when named in `--only` (the default run, which scripts/bench_scale.py
/// reads, stays as it was): the Timeline's policy follow-up counts, and how soon the single-threaded
/// long measures stop once cancelled.
extension GraphMode {
  static let extras = ["follow-up", "cancel-eigenvector", "cancel-clustering", "cancel-constraint"]

  static func runExtra(_ name: String, _ view: NetworkView) {
    if name == "follow-up" { followUp(view) } else { cancelled(String(name.dropFirst("cancel-".count)), view.graph) }
  }

  /// `PolicyFollowUpIndex` (the Timeline's counts of every policy) for each window `w` offers,
  /// beside the per-policy pass it replaced, timed on a sample of policies and scaled to all.
  private static func followUp(_ view: NetworkView) {
    let (index, build) = measuredStep { PolicyFollowUpIndex(view: view) }
    print("  (follow-up: \(view.policies.count) policies over \(view.agreements.count) agreements)")
    reportStep("follow-up index", build)
    for months in [6, 12, 24, 36] {
      reportStep("follow-up counts \(months) months", measuredStep { index.counts(months: months) }.1)
    }
    let sample = Array(view.policies.prefix(20))
    guard !sample.isEmpty else { return }
    let (_, t) = measuredStep { for p in sample { _ = PolicyFollowUp(view: view, policy: p, months: 12) } }
    let scale = Double(view.policies.count) / Double(sample.count)
    reportStep("follow-up per policy, all policies (\(sample.count) timed, scaled)", (t.wall * scale, t.cpu * scale))
  }

  /// What the progress observer saw: when it cancelled, and at which share.
  private final class CancelMark: Sendable {
    let token = Mutex<CancellationToken?>(nil)
    let at = Mutex<(ContinuousClock.Instant, Double)?>(nil)
  }

  /// Runs `measure` with a token cancelled at its first progress report and prints how long the
  /// measure took to return after the cancel (its check interval), next to the time to that report.
  private static func cancelled(_ measure: String, _ g: CooperationGraph) {
    let clock = ContinuousClock()
    let mark = CancelMark()
    let token = CancellationToken { share in
      mark.at.withLock { if $0 == nil { $0 = (clock.now, share) } }
      mark.token.withLock { $0 }?.cancel()
    }
    mark.token.withLock { $0 = token }
    let start = clock.now
    switch measure {
    case "eigenvector": _ = g.eigenvector(cancel: token)
    case "clustering": _ = g.clustering(cancel: token)
    default: _ = g.constraint(cancel: token)
    }
    let end = clock.now
    guard let (at, share) = mark.at.withLock({ $0 }) else {
      print("  cancel-\(measure): finished before its first progress report")
      return
    }
    print("  cancel-\(measure): cancelled at \(fixed(share * 100, 2)) % after \(fixed(seconds(at - start))) s, "
      + "stopped \(fixed(seconds(end - at) * 1000, 2)) ms after the cancel")
  }

  private static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }
}
