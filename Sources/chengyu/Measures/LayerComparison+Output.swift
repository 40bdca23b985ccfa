import ChengyuCore

/// `chengyu compare --layers` output: the JSON document and the text tables.
extension LayerComparison {
  private func layerJSON(_ layer: Layer, _ view: NetworkView) -> JSONValue {
    .object([
      ("id", .string(layer.id)), ("kind", .string(layer.kind)), ("name_zh", .string(layer.nameZh(in: dataset.codebook))),
      ("agreements", .int(view.agreements.count)), ("nodes", .int(view.graph.nodeCount)),
      ("ties", .int(view.graph.tieCount)),
    ])
  }

  private func tieJSON(_ t: LayerTie) -> JSONValue {
    let (a, b) = (dataset.cities[t.a], dataset.cities[t.b])
    return .object([
      ("a", .string(a.id.rawValue)), ("a_zh", .string(a.nameZh)), ("b", .string(b.id.rawValue)),
      ("b_zh", .string(b.nameZh)), ("weight_first", .int(t.first)), ("weight_second", .int(t.second)),
    ])
  }

  /// The `compare --layers --json` document (shape in docs/cli.md).
  func json(filter: Filter, seed: UInt64, ties limit: Int?) -> JSONValue {
    let list = { (ties: [LayerTie]) in JSONValue.array(ties.prefix(limit ?? ties.count).map(tieJSON)) }
    return .object([
      ("filter", FilterSummary.json(filter)),
      ("layers", .array([layerJSON(layers.first, first), layerJSON(layers.second, second)])),
      ("nodes", .int(cities.count)),
      ("overlap", .object([
        ("only_first", .int(onlyFirst.count)), ("only_second", .int(onlySecond.count)),
        ("both", .int(both.count)), ("jaccard", jaccard.map(JSONValue.double) ?? .null),
      ])),
      ("qap", .object([
        ("correlation", qap.correlation.map(JSONValue.double) ?? .null),
        ("p_value", qap.pValue.map(JSONValue.double) ?? .null),
        ("permutations", .int(qap.permutations)), ("exact", .bool(qap.exact)),
        ("seed", .int(Int(truncatingIfNeeded: seed))), ("values", .string(weightedQAP ? "weighted" : "binary")),
      ])),
      ("ties", .object([("only_first", list(onlyFirst)), ("only_second", list(onlySecond)), ("both", list(both))])),
      ("cities", .array(cityOrder.map { i in
        let c = dataset.cities[cities[i]]
        return .object([
          ("id", .string(c.id.rawValue)), ("name_zh", .string(c.nameZh)),
          ("degree_first", .int(degrees[i].first)), ("degree_second", .int(degrees[i].second)),
        ])
      })),
    ])
  }

  /// Rows of `cities`, by total degree over both layers (highest first), then id.
  private var cityOrder: [Int] {
    cities.indices.sorted { l, r in
      let (dl, dr) = (degrees[l].first + degrees[l].second, degrees[r].first + degrees[r].second)
      return dl != dr ? dl > dr : dataset.cities[cities[l]].id < dataset.cities[cities[r]].id
    }
  }

  private func label(_ layer: Layer) -> String { "\(layer.id) \(layer.nameZh(in: dataset.codebook))" }

  /// Counts, overlap and QAP, the three tie lists and the degree table, as text blocks in `lang`.
  func tableBlocks(filter: Filter, seed: UInt64, ties limit: Int?, language lang: Language = .en) -> [String] {
    let (l1, l2) = (label(layers.first), label(layers.second))
    var blocks = [CLIReportMsg.compareHeader.text(lang, TextSanitizer.clean(FilterText.of(filter, lang)), filter.aggregation.name(lang))
      + CLIReportMsg.compareLayers.text(lang, l1, l2) + "\n"]
    let counts = TableFormatter(columns: [
      .init(header: ""), .init(header: l1, alignRight: true), .init(header: l2, alignRight: true),
    ])
    blocks.append(counts.render([
      [CLIReportMsg.rowAgreements.text(lang), "\(first.agreements.count)", "\(second.agreements.count)"],
      [CLIReportMsg.rowNodes.text(lang), "\(first.graph.nodeCount)", "\(second.graph.nodeCount)"],
      [CLIReportMsg.rowTies.text(lang), "\(first.graph.tieCount)", "\(second.graph.tieCount)"],
    ]))
    let r = qap.correlation.map { NumberFormat.fixed($0, digits: 4) } ?? CLIReportMsg.qapUndefined.text(lang)
    // A sampled p of 0 only says that no permutation reached r: p < 1/permutations.
    let p = qap.pValue.map { $0 == 0 && !qap.exact ? "< " + NumberFormat.fixed(1 / Double(qap.permutations), digits: 4) : NumberFormat.fixed($0, digits: 4) } ?? "-"
    let how = qap.exact ? CLIReportMsg.qapExact.text(lang, qap.permutations) : CLIReportMsg.qapSampled.text(lang, qap.permutations, seed)
    let overlap = CLIReportMsg.layerOverlap.text(
      lang, layers.first.id, onlyFirst.count, layers.second.id, onlySecond.count, both.count,
      jaccard.map { NumberFormat.fixed($0, digits: 4) } ?? "-")
    let values = (weightedQAP ? CLIReportMsg.qapWeights : .qapPresence).text(lang)
    let qapLine = CLIReportMsg.qapLine.text(lang, values, cities.count, r, p.hasPrefix("<") ? p : "= " + p, how)
    blocks.append(overlap + "\n" + qapLine + "\n")
    let lists = [(CLIReportMsg.onlyIn.text(lang, l1), onlyFirst), (CLIReportMsg.onlyIn.text(lang, l2), onlySecond),
                 (CLIReportMsg.inBoth.text(lang), both)]
    for (title, ties) in lists { blocks.append(tieBlock(title, ties, limit: limit, lang)) }
    let table = TableFormatter(columns: [
      .init(header: CLIMsg.headerID.text(lang)), .init(header: CLIMsg.headerNameZh.text(lang)),
      .init(header: CLIReportMsg.degreeOf.text(lang, layers.first.id), alignRight: true),
      .init(header: CLIReportMsg.degreeOf.text(lang, layers.second.id), alignRight: true),
    ])
    blocks.append(table.render(cityOrder.map { i in
      let c = dataset.cities[cities[i]]
      return [c.id.rawValue, c.nameZh, "\(degrees[i].first)", "\(degrees[i].second)"]
    }))
    return blocks
  }

  private func tieBlock(_ title: String, _ ties: [LayerTie], limit: Int?, _ lang: Language) -> String {
    var text = CLIReportMsg.tiesOf.text(lang, title, ties.count) + "\n"
    let shown = ties.prefix(limit ?? ties.count)
    let t = TableFormatter(
      columns: [.init(header: CLIReportMsg.headerTie.text(lang)), .init(header: layers.first.id, alignRight: true),
                .init(header: layers.second.id, alignRight: true)],
      indent: "  ")
    if !shown.isEmpty {
      text += t.render(shown.map { tie in
        let (a, b) = (dataset.cities[tie.a], dataset.cities[tie.b])
        return ["\(a.id) \(a.nameZh) — \(b.id) \(b.nameZh)", "\(tie.first)", "\(tie.second)"]
      })
    }
    if shown.count < ties.count { text += CLIReportMsg.moreTies.text(lang, ties.count - shown.count) + "\n" }
    return text
  }
}
