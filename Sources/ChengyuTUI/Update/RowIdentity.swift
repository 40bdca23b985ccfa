/// What a selected row stands for, so a filter change keeps the same city, tie or record
/// selected when it is still listed.
enum RowIdentity: Hashable {
  case city(Int), tie(Int, Int), agreement(Int), policy(Int), period(Int, Int?), row(Int)
}

extension AppState {
  func rowIdentity(_ key: ListKey) -> RowIdentity? {
    identities(key).flatMap { ids in ids.indices.contains(list(key).selected) ? ids[list(key).selected] : nil }
  }

  func rowIndex(_ key: ListKey, identity: RowIdentity) -> Int? {
    identities(key)?.firstIndex(of: identity)
  }

  /// The identities of a list's rows, or nil for lists whose rows have no lasting identity.
  private func identities(_ key: ListKey) -> [RowIdentity]? {
    let g = view.graph
    switch key.screen {
    case .cities: return cityRows().map { .city(g.nodes[$0]) }
    case .measures: return measureRows().map { .city(g.nodes[$0]) }
    case .ties: return tieRows().map { .tie(g.nodes[g.ties[$0].a], g.nodes[g.ties[$0].b]) }
    case .agreements: return agreementRows().map(RowIdentity.agreement)
    case .policies: return policyRows().map(RowIdentity.policy)
    case .timeline: return timelineRows(months: key.pane == 1 ? timelineMonths : nil).map { .period($0.year, $0.month) }
    case .city(let c):
      return key.pane == 0 ? partnerRows(city: c).map { .city(g.nodes[$0.partner]) }
        : cityAgreementRows(city: c).map(RowIdentity.agreement)
    case .tie(let a, let b): return tieAgreementRows(a, b).map(RowIdentity.agreement)
    case .filters: return filterRows().indices.map(RowIdentity.row)
    default: return nil
    }
  }
}
