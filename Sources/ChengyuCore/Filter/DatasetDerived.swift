import Synchronization

/// What the network builder derives from a dataset alone and keeps for every later filter: the
/// filter index (built on first use) and the incidence per aggregation level and node conditions
/// (built on first use of each, the last few kept). A dataset's parts never change, so nothing
/// here can go stale; it is shared by every copy of the dataset and safe to use from any thread.
final class DatasetDerived: Sendable {
  /// Incidences kept at once (each is tens of MB on a corpus of a million agreements).
  static let incidenceLimit = 2

  private let index = OnceCell<FilterIndex>()
  private let parties = OnceCell<PartyIndex>()
  /// Incidence cells, most recently used last.
  private let incidences = Mutex<[(key: Incidence.Key, cell: OnceCell<Incidence>)]>([])

  /// Memory of earlier views for later filter changes to write into.
  let recycler = ViewRecycler()

  init() {}

  /// Incidences asked for and kept (the explorer's tests check that its first frame built none).
  var keptIncidences: Int { incidences.withLock { $0.count } }

  func filterIndex(_ dataset: Dataset) -> FilterIndex { index.value { FilterIndex(dataset) } }

  /// Each government's agreements (built on the first search naming a government).
  func partyIndex(_ dataset: Dataset) -> PartyIndex { parties.value { PartyIndex(dataset) } }

  func incidence(_ dataset: Dataset, _ key: Incidence.Key) -> Incidence {
    let cell = incidences.withLock { cells in
      if let i = cells.firstIndex(where: { $0.key == key }) {
        let hit = cells.remove(at: i)
        cells.append(hit)
        return hit.cell
      }
      let cell = OnceCell<Incidence>()
      cells.append((key, cell))
      if cells.count > DatasetDerived.incidenceLimit { cells.removeFirst() }
      return cell
    }
    // Built outside the list's lock: another level can be built or read meanwhile, and a second
    // caller of the same key waits for this one instead of building it again.
    return cell.value {
      recycler.releaseGone()
      return Incidence(dataset, key)
    }
  }
}

/// A value computed once, on first use, by whichever thread asks first; the others wait for it.
final class OnceCell<Value: Sendable>: Sendable {
  private let stored = Mutex<Value?>(nil)

  func value(_ make: () -> Value) -> Value {
    stored.withLock { v in
      if let v { return v }
      let made = make()
      v = made
      return made
    }
  }
}
