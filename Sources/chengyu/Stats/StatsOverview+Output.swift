import ChengyuCore

extension StatsOverview {
  /// The `stats --json` members, in a fixed order (shape documented in docs/cli.md). Further
  /// sections (such as network measures) are appended by the command after these.
  func jsonMembers() -> [(String, JSONValue)] {
    [
      ("cities", .int(cities)),
      ("agreements", .int(agreements)),
      ("policies", .int(policies)),
      ("ties", .int(ties)),
      ("nodes", .int(nodes)),
      ("density", .double(density)),
      ("source", .string(source)),
      ("filter", FilterSummary.json(filter)),
      ("dataset", .object([
        ("cities", .int(raw.cities)), ("agreements", .int(raw.agreements)),
        ("policies", .int(raw.policies)), ("mechanisms", .int(raw.mechanisms)),
        ("domains", .int(raw.domains)),
      ])),
      ("families", .object(MechanismFamily.allCases.map { ($0.rawValue, .int(agreements($0))) })),
      ("years", .array(years.map { y in
        .object([
          ("year", .int(y.year)), ("agreements", .int(y.agreements)),
          ("governance", .int(y.governance)), ("collaboration", .int(y.collaboration)),
          ("policies", .int(y.policies)),
        ])
      })),
      ("mechanisms", .array(mechanisms.map { m in
        .object([
          ("id", .string(m.mechanism.id)), ("family", .string(m.mechanism.family.rawValue)),
          ("name_zh", .string(m.mechanism.nameZh)), ("name_en", .string(m.mechanism.nameEn)),
          ("agreements", .int(m.agreements)),
        ])
      })),
      ("node_levels", .object(nodeLevels.map { ($0.level.rawValue, .int($0.nodes)) })),
    ]
  }

  /// The overview as aligned text blocks separated by blank lines.
  func tableBlocks() -> [String] {
    [header(), totals(), yearTable(), mechanismTable()]
  }

  private func header() -> String {
    "source: \(TextSanitizer.clean(source))    filter: \(TextSanitizer.clean(FilterSummary.text(filter)))"
      + "    aggregation: \(filter.aggregation.rawValue)\n"
  }

  private func totals() -> String {
    let families = MechanismFamily.allCases.map { "\($0.rawValue) \(agreements($0))" }.joined(separator: ", ")
    let levels = nodeLevels.map { "\($0.level.rawValue) \($0.nodes)" }.joined(separator: ", ")
    let rows: [[String]] = [
      // "governments in scope" and "nodes" (those with a tie): the explorer's header says nodes too.
      ["governments", "\(cities)", "in scope (dataset has \(raw.cities)); JSON key cities"],
      ["agreements", "\(agreements)", families + " (dataset has \(raw.agreements))"],
      ["policies", "\(policies)", "(dataset has \(raw.policies))"],
      ["ties", "\(ties)", "pairs of governments with at least one agreement"],
      ["nodes", "\(nodes)", "governments in scope with a tie: " + levels],
      ["density", NumberFormat.fixed(density, digits: 4), "ties / possible ties among nodes"],
    ]
    let t = TableFormatter(
      columns: [.init(header: ""), .init(header: "", alignRight: true), .init(header: "")], showHeader: false)
    return t.render(rows)
  }

  private func yearTable() -> String {
    let t = TableFormatter(columns: [
      .init(header: "year"), .init(header: "agreements", alignRight: true),
      .init(header: "governance", alignRight: true), .init(header: "collaboration", alignRight: true),
      .init(header: "policies", alignRight: true),
    ])
    let rows = years.map { y in
      ["\(y.year)", "\(y.agreements)", "\(y.governance)", "\(y.collaboration)", "\(y.policies)"]
    }
    return t.render(rows)
  }

  private func mechanismTable() -> String {
    let t = TableFormatter(columns: [
      .init(header: "mechanism"), .init(header: "family"), .init(header: "中文名"),
      .init(header: "agreements", alignRight: true),
    ])
    let rows = mechanisms.map { m in
      ["\(m.mechanism.family.letter) \(m.mechanism.id)", m.mechanism.family.rawValue, m.mechanism.nameZh, "\(m.agreements)"]
    }
    return t.render(rows)
  }
}
