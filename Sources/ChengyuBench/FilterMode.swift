import ChengyuCore

/// `filter DIR [--runs R]`: the cost of a filter change, one dimension at a time, on a loaded
/// dataset (issue 11: ≤ 10 ms at 100k agreements, ≤ 0.1 s at 1M).
///
/// After loading and building the unfiltered view (the first view pays for anything the core
/// prepares once), each dimension's filter is applied with `Dataset.view(_:)`, the one call the
/// CLI and the explorer make on a filter change, and timed R times; the best run is reported
/// with the passing agreements, nodes and ties, so a filter that restricts nothing shows. Only
/// the public Core API is used, so the mode measures whatever the loader and tie builder are.
enum FilterMode {
  static func run(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, known: ["runs"])
    guard options.positional.count == 1 else { throw UsageError(message: "filter needs one folder") }
    let directory = options.positional[0]
    let runs = try options.int("runs", default: 3, minimum: 1)
    print("Filter-change benchmark on \(directory) (expected to be SYNTHETIC, see ChengyuBench generate)")
    let (dataset, t) = try measured { try DatasetLoader.load(directory: directory) }
    report("load", t)
    print("  \(dataset.cities.count) cities, \(dataset.agreements.count) agreements")
    let (whole, b) = measured { dataset.view() }
    report("build ties", b, shape(whole))
    for (name, filter) in dimensions(dataset, whole) {
      var best = (wall: Double.infinity, cpu: Double.infinity)
      var last = whole
      for _ in 0..<runs {
        let (view, t) = measured { dataset.view(filter) }
        if t.wall < best.wall { best = t }
        last = view
      }
      report("filter \(name)", best, shape(last) + "; best of \(runs)")
    }
    print("  peak resident memory (VmHWM): \(peakResidentMiB().map { fixed($0, 1) } ?? "?") MiB")
  }

  /// One filter per dimension of issue 11, with values taken from the dataset so the mode works
  /// on any corpus: the first family, mechanism and domain of the codebook, the middle year,
  /// county-level parties, the busiest government's name, a word of every synthetic title.
  static func dimensions(_ dataset: Dataset, _ whole: NetworkView) -> [(String, Filter)] {
    func with(_ change: (inout Filter) -> Void) -> Filter {
      var f = Filter()
      change(&f)
      return f
    }
    let codebook = dataset.codebook
    // The middle year of the passing agreements (any collection of indices will do).
    var span = (first: Int.max, last: Int.min)
    for i in whole.agreements {
      let year = dataset.agreements[i].date.year
      span = (min(span.first, year), max(span.last, year))
    }
    let middle = span.first <= span.last ? (span.first + span.last) / 2 : 2016
    let years = middle...middle
    let g = whole.graph
    let hub = (0..<g.nodeCount).max { g.degree($0) < g.degree($1) }.map { whole.city(node: $0).nameZh } ?? ""
    var list: [(String, Filter)] = [
      ("family=governance", with { $0.families = [.governance] }),
    ]
    if let m = codebook.mechanisms.first { list.append(("mechanism=\(m.id)", with { $0.mechanisms = [m.id] })) }
    list.append(("year=\(years.lowerBound)", with { $0.years = years }))
    if let d = codebook.domains.first { list.append(("domain=\(d.id)", with { $0.domains = [d.id] })) }
    list += [
      ("level=county", with { $0.levels = [.county] }),
      ("in-region", with { $0.inRegionOnly = true }),
      ("cross-border", with { $0.crossBorderOnly = true }),
      ("text=\(TextSanitizer.clean(hub))", with { $0.text = hub }),
      ("text=agreement", with { $0.text = "agreement" }),
      ("none (back to all)", Filter()),
    ]
    return list
  }

  /// `  (A agreements, N nodes, T ties)` of a view.
  private static func shape(_ view: NetworkView) -> String {
    " (\(view.agreements.count) agreements, \(view.graph.nodeCount) nodes, \(view.graph.tieCount) ties)"
  }
}
