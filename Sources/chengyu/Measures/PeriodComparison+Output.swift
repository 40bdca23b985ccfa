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

  /// Side-by-side counts, top cities per centrality, then tie changes, as text blocks in `lang`.
  func tableBlocks(top n: Int, ties limit: Int?, language lang: Language = .en) -> [String] {
    var blocks = [CLIReportMsg.compareHeader.text(lang, TextSanitizer.clean(FilterText.of(filter, lang)), filter.aggregation.name(lang))
      + (weighted ? CLIReportMsg.compareWeighted.text(lang) : "") + "\n"]
    let headers = [""] + periods.map { Self.yearsText($0.years) }
    let right = headers.indices.map { TableFormatter.Column(header: headers[$0], alignRight: $0 > 0) }
    let counts: [(CLIReportMsg, (PeriodComparison.Period) -> String)] = [
      (.rowAgreements, { "\($0.view.agreements.count)" }),
      (.rowNodes, { "\($0.measures.summary.nodes)" }),
      (.rowTies, { "\($0.measures.summary.ties)" }),
      (.rowDensity, { NumberFormat.fixed($0.measures.summary.density, digits: 4) }),
      (.rowUnionDensity, { NumberFormat.fixed(self.unionDensity($0), digits: 4) }),
      (.rowComponents, { "\($0.measures.summary.components)" }),
      (.rowLargest, { "\($0.measures.summary.largestComponent)" }),
      (.rowClustering, { NumberFormat.fixed($0.measures.summary.averageClustering, digits: 4) }),
    ]
    blocks.append(TableFormatter(columns: right).render(counts.map { row in [row.0.text(lang, unionNodes)] + periods.map(row.1) }))
    for c in Self.centralities {
      let lists = periods.map { top(n, $0, by: c) }
      let rows = (0..<n).map { rank in
        [CLIReportMsg.rank.text(lang, c.header(lang), rank + 1)] + lists.map { list -> String in
          guard let list else { return rank == 0 ? CLIReportMsg.notConverged.text(lang) : "" }
          guard rank < list.count else { return "" }
          let value = MeasureTable.text(list[rank].value, c.kind)
          return "\(list[rank].id) \(nameZh(list[rank].id)) \(value)"
        }
      }
      blocks.append(TableFormatter(columns: right).render(rows))
    }
    blocks.append(CLIReportMsg.unionDensityNote.text(lang, unionNodes) + "\n")
    for c in changes { blocks.append(changeBlock(c, limit: limit, lang)) }
    return blocks
  }

  private func changeBlock(_ c: Change, limit: Int?, _ lang: Language) -> String {
    var text = CLIReportMsg.tieChanges.text(
      lang, Self.yearsText(c.from), Self.yearsText(c.to), c.appeared.count, c.vanished.count, c.kept) + "\n"
    let t = TableFormatter(
      columns: [.init(header: ""), .init(header: CLIReportMsg.headerTie.text(lang)),
                .init(header: CLIMsg.headerWeight.text(lang), alignRight: true)], indent: "  ")
    let name = { (t: TieChange) in "\(t.a) \(nameZh(t.a)) — \(t.b) \(nameZh(t.b))" }
    let (appeared, vanished) = (c.appeared.prefix(limit ?? c.appeared.count), c.vanished.prefix(limit ?? c.vanished.count))
    let rows = appeared.map { ["+", name($0), "\($0.weight)"] } + vanished.map { ["-", name($0), "\($0.weight)"] }
    if !rows.isEmpty { text += t.render(rows) }
    let hidden = c.appeared.count - appeared.count + c.vanished.count - vanished.count
    if hidden > 0 { text += CLIReportMsg.moreTies.text(lang, hidden) + "\n" }
    return text
  }
}
