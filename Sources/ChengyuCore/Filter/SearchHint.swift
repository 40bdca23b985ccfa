/// What a search that finds nothing at the `signed` level would find at the `city` level, so the
/// explorer and the command line can say so instead of a bare "nothing matches": agreements
/// signed by districts and counties count for their city there (`成都 重庆` finds the agreements
/// behind the tie 成都市–重庆市).
public enum SearchHint {
  /// Agreements under `filter` (at the city level) that match `text`.
  public static func agreementsAtCityLevel(_ text: String, filter: Filter, in dataset: Dataset) -> Int {
    let view = dataset.view(atCity(filter))
    let match = RecordMatch(text, in: dataset, aggregation: .city)
    return view.agreements.filter { match.matches(agreement: $0, in: dataset.agreements) }.count
  }

  /// Ties under `filter` (at the city level) of which every word of `text` names an end.
  public static func tiesAtCityLevel(_ text: String, filter: Filter, in dataset: Dataset) -> Int {
    let view = dataset.view(atCity(filter))
    let match = RecordMatch(text, in: dataset, aggregation: .city)
    let g = view.graph
    return g.ties.filter { match.names(g.nodes[$0.a], or: g.nodes[$0.b]) }.count
  }

  private static func atCity(_ filter: Filter) -> Filter {
    var f = filter
    f.aggregation = .city
    return f
  }
}
