/// Builds the filtered network from the dataset's precomputed parts (`DatasetDerived`): the
/// filter index gives the candidate agreements as a bitset (the search text then clears those it
/// does not match: `RecordMatch.passing`, a government's name through the party index), and the incidence of the filter's level and node conditions gives each
/// agreement's pairs. Two passes give the same ties:
/// - **by agreement** (`AgreementPass`, for filters that keep a small share): one walk over the
///   passing agreements adding to a slot per pair, then one over what it recorded;
/// - **by pair** (`PairPass`, for filters that keep much of the network): every pair's
///   agreements (the incidence's transpose) are tested against the bitset, on all cores, each
///   part writing its pairs' agreement lists, ties and adjacency rows in pair order; first
///   appearances are marked and read back in entry order, which numbers ties as the agreement
///   walk does.
/// The agreement pass ends in `TieTable.graph` (ties, adjacency and the passing agreements side
/// by side). Results are exactly those of testing each agreement and hashing each pair (the
/// reference builder in the tests does that and must agree, for both passes and any threads).
struct NetworkBuilder {
  /// Which pass runs; `automatic` picks by the share of agreements the filter keeps.
  enum Pass { case automatic, byAgreement, byPair }

  let dataset: Dataset
  let filter: Filter
  var pass: Pass = .automatic
  /// Threads for the parallel steps; nil: by the dataset's size (one for small data).
  var threads: Int? = nil

  init(dataset: Dataset, filter: Filter, pass: Pass = .automatic, threads: Int? = nil) {
    self.dataset = dataset
    self.filter = filter
    self.pass = pass
    self.threads = threads
  }

  func build() -> (agreements: [Int], graph: CooperationGraph) {
    let threads = self.threads ?? (dataset.agreementCount >= WorkSplit.minimumAgreements ? WorkSplit.defaultThreads : 1)
    let derived = dataset.derived
    let key = Incidence.Key(filter)
    // On first use the index and the incidence are built at once, one per core.
    var index: FilterIndex?
    var incidence: Incidence?
    WorkSplit.run(parts: 2, threads: threads) { part in
      if part == 0 { index = derived.filterIndex(dataset) } else { incidence = derived.incidence(dataset, key) }
    }
    let (idx, inc) = (index!, incidence!)
    var passing = idx.candidates(filter, codebook: dataset.codebook)
    let text = RecordMatch(filter.text, in: dataset, aggregation: filter.aggregation)
    if !text.isEmpty { passing = text.passing(passing, in: dataset, threads: threads) }
    let byPair = switch pass {
    case .byPair: true
    case .byAgreement: false
    case .automatic: Self.prefersPairPass(passing: passing.population, of: idx.agreementCount)
    }
    var kept = passing
    kept.formIntersection(filter.crossBorderOnly ? inc.crossing : inc.paired)
    // Written into the memory of a view that is gone, where there is one (`ViewRecycler`).
    let recycler = derived.recycler
    var arrays = recycler.take()
    var scratch = recycler.takeScratch()
    let built = if byPair {
      PairPass(incidence: inc, filter: filter, threads: threads)
        .build(passing, kept: kept, index: idx, cityCount: dataset.cities.count, reusing: &arrays, scratch: &scratch)
    } else {
      AgreementPass(incidence: inc, filter: filter).run(passing, slots: &scratch.slots).graph(
        incidence: inc, index: idx, kept: kept, keepIsolates: filter.keepIsolates,
        cityCount: dataset.cities.count, threads: threads, reusing: &arrays)
    }
    recycler.giveBack(scratch)
    let g = built.graph
    if let lease = g.lease {
      recycler.keep(lease, ViewArrays(
        stored: g.ties.stored, storage: g.ties.storage, neighbors: g.neighbors, neighborTies: g.neighborTies,
        agreements: built.agreements))
    }
    return built
  }

  /// Whether the pair pass is the faster for a filter passing `passing` of `total` agreements:
  /// it reads the whole transpose in sequence, while the agreement pass costs a random slot
  /// access per passing pair, several times a sequential read (measured at 10⁵ and 10⁶).
  static func prefersPairPass(passing: Int, of total: Int) -> Bool {
    passing > 0 && passing * 10 >= total
  }
}
