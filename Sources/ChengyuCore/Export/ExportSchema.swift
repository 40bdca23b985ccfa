/// The one list of node and tie attributes that every export format writes (GraphML keys, GEXF
/// attributes, Gephi CSV columns, DOT attributes, JSON members, the DL side file), so a new
/// attribute is added here once instead of in six writers.
enum ExportSchema {
  typealias Node = ExportNetwork.Node
  typealias Tie = ExportNetwork.Tie

  /// Node attributes, in column order. The id is not among them: each format has its own place
  /// for it (GraphML's `id`, Gephi's `Id`, the DL label).
  static let nodeAttributes: [ExportAttribute<Node>] = [
    ExportAttribute("label", .string, role: .label) { .string($0.label) },
    ExportAttribute("name_en", .string) { .string($0.nameEn) },
    ExportAttribute("level", .string) { .string($0.level) },
    ExportAttribute("parent", .string) { .string($0.parent) },
    ExportAttribute("province", .string) { .string($0.province) },
    ExportAttribute("in_region", .bool) { .bool($0.inRegion) },
    ExportAttribute("lat", .double) { $0.latitude.map(ExportValue.double) },
    ExportAttribute("lon", .double) { $0.longitude.map(ExportValue.double) },
    ExportAttribute("first_date", .string) { .string($0.firstDate.description) },
  ]

  /// Tie attributes, in column order: weight, family counts, one count per mechanism type of the
  /// codebook (`mechanism.<id>`, grouped as `mechanisms` in JSON), domains, first and last year and
  /// date (dates keep the data's precision), and the agreement ids by date.
  static func tieAttributes(mechanismIDs: [String]) -> [ExportAttribute<Tie>] {
    var list: [ExportAttribute<Tie>] = [
      ExportAttribute("weight", .int, role: .weight) { .int($0.weight) },
      ExportAttribute("governance", .int) { .int($0.governance) },
      ExportAttribute("collaboration", .int) { .int($0.collaboration) },
    ]
    for (i, id) in mechanismIDs.enumerated() {
      list.append(ExportAttribute("mechanism." + id, .int, group: "mechanisms", key: id) {
        .int(i < $0.mechanismCounts.count ? $0.mechanismCounts[i] : 0)
      })
    }
    list += [
      ExportAttribute("domains", .list) { .list($0.domains) },
      ExportAttribute("first_year", .int) { .int($0.firstDate.year) },
      ExportAttribute("last_year", .int) { .int($0.lastDate.year) },
      ExportAttribute("first_date", .string) { .string($0.firstDate.description) },
      ExportAttribute("last_date", .string) { .string($0.lastDate.description) },
      ExportAttribute("agreements", .list) { .list($0.agreementIDs) },
    ]
    return list
  }
}

extension ExportNetwork {
  /// The attributes other than the label (node) or weight (tie), for formats that write those two
  /// in a place of their own.
  var nodeAttributesWithoutLabel: [ExportAttribute<Node>] { nodeAttributes.filter { $0.role != .label } }
  var tieAttributesWithoutWeight: [ExportAttribute<Tie>] { tieAttributes.filter { $0.role != .weight } }

  /// Weight over time: the number of the tie's agreements up to the end of each year in which it
  /// grew, as (from, value) steps; the first step starts on the tie's first agreement.
  static func weightSteps(_ tie: Tie) -> [(from: CalendarDate, weight: Int)] {
    var steps: [(from: CalendarDate, weight: Int)] = []
    var count = 0
    var i = 0
    while i < tie.dates.count {
      let year = tie.dates[i].year
      while i < tie.dates.count, tie.dates[i].year == year {
        count += 1
        i += 1
      }
      let from = steps.isEmpty ? tie.firstDate : CalendarDate(year: year)!
      steps.append((from, count))
    }
    return steps
  }
}
