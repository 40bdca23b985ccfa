import ChengyuCore

/// `filter [DIR] [--cities N --agreements M --seed S] [--runs R] [--only a,b]`: times tie
/// building and one filter change per dimension (`dataset.view(filter)`: agreements, policies,
/// ties and adjacency), first and warm, with wall and CPU time; also the two per-view lists the
/// explorer derives from every view (ties by weight, each node's agreements).
///
/// The first view of a dataset builds its filter index and the incidence of the `signed` level;
/// a filter with other node conditions or another level builds its incidence on first use
/// ("first"), later changes reuse it ("warm", the median of R). The step names are stable:
/// scripts read them.
enum FilterMode {
  /// Dimension name → how it changes an empty filter; values come from the dataset.
  static func dimensions(_ ds: Dataset) -> [(String, (inout Filter) -> Void)] {
    let years = ds.agreements.map(\.date.year).sorted()
    let middle = years.isEmpty ? 2020 : years[years.count / 2]
    let signer = ds.agreements.first.map { ds.cities[$0.parties[0]].nameZh } ?? ""
    let confidence = ds.agreements.first?.provenance.confidence ?? ""
    return [
      ("none", { _ in }),
      ("family", { $0.families = [.governance] }),
      ("mechanism", { $0.mechanisms = Set(ds.codebook.mechanisms.prefix(1).map(\.id)) }),
      ("domain", { $0.domains = Set(ds.codebook.domains.prefix(1).map(\.id)) }),
      ("years", { $0.years = (middle - 1)...(middle + 1) }),
      ("max-parties", { $0.maxParties = 3 }),
      ("confidence", { $0.confidences = [confidence] }),
      ("text-government", { $0.text = signer }),
      ("text-title", { $0.text = "agreement 0001" }),
      ("cross-border", { $0.crossBorderOnly = true }),
      ("level", { $0.levels = [.prefecture, .county] }),
      ("in-region", { $0.inRegionOnly = true }),
      ("keep-isolates", { $0.keepIsolates = true }),
      ("newman", { $0.weighting = .newman }),
      ("aggregation-city", { $0.aggregation = .city }),
      ("aggregation-province", { $0.aggregation = .province }),
      ("combined", {
        $0.families = [.collaboration]
        $0.years = (middle - 3)...(middle + 3)
        $0.maxParties = 4
        $0.crossBorderOnly = true
      }),
    ]
  }

  static func run(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, known: ["cities", "agreements", "seed", "runs", "only"])
    let runs = try options.int("runs", default: 5, minimum: 1)
    let only = Set((options.string("only") ?? "").split(separator: ",").map(String.init))
    let dataset = try BenchDataset.load(options, what: "Filter benchmark")
    let dims = dimensions(dataset)
    if let unknown = only.first(where: { name in !dims.contains { $0.0 == name } }) {
      throw UsageError(message: "unknown dimension \"\(unknown)\" (known: \(dims.map(\.0).joined(separator: ", ")))")
    }
    let (view, b) = measuredStep { dataset.view() }
    reportStep("build ties (first view: filter index + incidence)", b)
    print("  network: \(view.graph.nodeCount) nodes, \(view.graph.tieCount) ties, \(view.agreements.count) agreements")
    reportStep("ties by weight", measuredStep { view.tiesByWeight() }.1)
    reportStep("agreements by node", measuredStep { view.agreementsByNode() }.1)
    for (name, change) in dims where only.isEmpty || only.contains(name) {
      var filter = Filter()
      change(&filter)
      let (first, f) = measuredStep { dataset.view(filter) }
      var warm: [(wall: Double, cpu: Double)] = []
      for _ in 0..<runs { warm.append(measuredStep { dataset.view(filter) }.1) }
      let median = (warm.map(\.wall).sorted()[runs / 2], warm.map(\.cpu).sorted()[runs / 2])
      print("  filter \(name): first \(fixed(f.wall)) s wall, \(fixed(f.cpu)) s cpu; "
        + "warm \(fixed(median.0)) s wall, \(fixed(median.1)) s cpu (median of \(runs)); "
        + "\(first.graph.tieCount) ties, \(first.agreements.count) agreements")
    }
    print("  peak resident memory (VmHWM): \(peakResidentMiB().map { fixed($0, 1) } ?? "?") MiB")
  }
}
