import ChengyuCore

/// `chengyu compare` output: the JSON document and the text tables.
extension PeriodComparison {
  static func yearsText(_ y: ClosedRange<Int>) -> String {
    y.lowerBound == y.upperBound ? "\(y.lowerBound)" : "\(y.lowerBound)-\(y.upperBound)"
  }

  private static func yearsJSON(_ y: ClosedRange<Int>) -> JSONValue { .array([.int(y.lowerBound), .int(y.upperBound)]) }

  /// The Chinese name of a city id of the dataset ("" when unknown).
  private func nameZh(_ id: String) -> String {
    guard let ds = periods.first?.view.dataset, let i = ds.cityIndex[CityID(id)] else { return "" }
    return ds.cities[i].nameZh
  }

  /// The `compare --json` document (shape in docs/cli.md); tie lists keep their first `ties`
  /// entries (nil: all).
  func json(top n: Int, ties limit: Int?) -> JSONValue {
    .object([
      ("filter", FilterSummary.json(filter)),
      ("weighted", .bool(weighted)),
      ("union_nodes", .int(unionNodes)),
      ("periods", .array(periods.map { p in
        let s = p.measures.summary
        return .object([
          ("years", Self.yearsJSON(p.years)), ("agreements", .int(p.view.agreements.count)),
          ("nodes", .int(s.nodes)), ("ties", .int(s.ties)), ("total_weight", .int(s.totalWeight)),
          ("density", .double(s.density)), ("union_density", .double(unionDensity(p))),
          ("components", .int(s.components)),
          ("largest_component", .int(s.largestComponent)),
          ("average_clustering", .double(s.averageClustering)),
          ("top", .object(Self.centralities.map { c in
            (c.jsonKey, top(n, p, by: c).map { list in
              .array(list.map {
                .object([("id", .string($0.id)), ("name_zh", .string(nameZh($0.id))), ("value", .double($0.value))])
              })
            } ?? .null)
          })),
        ])
      })),
      ("changes", .array(changes.map { c in
        let ties = { (list: [TieChange]) in
          JSONValue.array(list.prefix(limit ?? list.count).map {
            .object([
              ("a", .string($0.a)), ("a_zh", .string(nameZh($0.a))), ("b", .string($0.b)),
              ("b_zh", .string(nameZh($0.b))), ("weight", .int($0.weight)),
            ])
          })
        }
        return .object([
          ("from", Self.yearsJSON(c.from)), ("to", Self.yearsJSON(c.to)),
          ("appeared", ties(c.appeared)), ("vanished", ties(c.vanished)), ("kept", .int(c.kept)),
          ("appeared_count", .int(c.appeared.count)), ("vanished_count", .int(c.vanished.count)),
        ])
      })),
    ])
  }

  /// Side-by-side counts, top cities per centrality, then tie changes, as text blocks.
  func tableBlocks(top n: Int, ties limit: Int?) -> [String] {
    var blocks = ["filter: \(TextSanitizer.clean(FilterSummary.text(filter)))    aggregation: \(filter.aggregation.rawValue)"
      + (weighted ? "    measures: weighted" : "") + "\n"]
    let headers = [""] + periods.map { Self.yearsText($0.years) }
    let right = headers.indices.map { TableFormatter.Column(header: headers[$0], alignRight: $0 > 0) }
    let counts: [(String, (PeriodComparison.Period) -> String)] = [
      ("agreements", { "\($0.view.agreements.count)" }),
      ("nodes", { "\($0.measures.summary.nodes)" }),
      ("ties", { "\($0.measures.summary.ties)" }),
      ("density", { NumberFormat.fixed($0.measures.summary.density, digits: 4) }),
      ("density over \(unionNodes) actors", { NumberFormat.fixed(self.unionDensity($0), digits: 4) }),
      ("components", { "\($0.measures.summary.components)" }),
      ("largest component", { "\($0.measures.summary.largestComponent)" }),
      ("average clustering", { NumberFormat.fixed($0.measures.summary.averageClustering, digits: 4) }),
    ]
    blocks.append(TableFormatter(columns: right).render(counts.map { row in [row.0] + periods.map(row.1) }))
    for c in Self.centralities {
      let lists = periods.map { top(n, $0, by: c) }
      let rows = (0..<n).map { rank in
        ["\(c.header) #\(rank + 1)"] + lists.map { list -> String in
          guard let list else { return rank == 0 ? "(did not converge)" : "" }
          guard rank < list.count else { return "" }
          let value = MeasureTable.text(list[rank].value, c.kind)
          return "\(list[rank].id) \(nameZh(list[rank].id)) \(value)"
        }
      }
      blocks.append(TableFormatter(columns: right).render(rows))
    }
    blocks.append("density over \(unionNodes) actors: the period's ties over all pairs of the "
      + "\(unionNodes) governments that are a node in any period (a fixed actor set)\n")
    for c in changes { blocks.append(changeBlock(c, limit: limit)) }
    return blocks
  }

  private func changeBlock(_ c: Change, limit: Int?) -> String {
    var text = "ties \(Self.yearsText(c.from)) → \(Self.yearsText(c.to)): \(c.appeared.count) appeared, "
      + "\(c.vanished.count) vanished, \(c.kept) kept\n"
    let t = TableFormatter(
      columns: [.init(header: ""), .init(header: "tie"), .init(header: "weight", alignRight: true)], indent: "  ")
    let name = { (t: TieChange) in "\(t.a) \(nameZh(t.a)) — \(t.b) \(nameZh(t.b))" }
    let (appeared, vanished) = (c.appeared.prefix(limit ?? c.appeared.count), c.vanished.prefix(limit ?? c.vanished.count))
    let rows = appeared.map { ["+", name($0), "\($0.weight)"] } + vanished.map { ["-", name($0), "\($0.weight)"] }
    if !rows.isEmpty { text += t.render(rows) }
    let hidden = c.appeared.count - appeared.count + c.vanished.count - vanished.count
    if hidden > 0 { text += "  … \(hidden) more (--ties all shows every tie)\n" }
    return text
  }
}
