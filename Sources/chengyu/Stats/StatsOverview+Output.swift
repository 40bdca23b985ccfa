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
  func tableBlocks(_ lang: Language) -> [String] {
    [header(lang), totals(lang), yearTable(lang), mechanismTable(lang)]
  }

  private func header(_ lang: Language) -> String {
    CLIMsg.statsHeader.text(
      lang, TextSanitizer.clean(source), TextSanitizer.clean(FilterText.of(filter, lang)), filter.aggregation.name(lang)) + "\n"
  }

  private func totals(_ lang: Language) -> String {
    let families = MechanismFamily.allCases.map { "\($0.name(lang)) \(agreements($0))" }.joined(separator: ", ")
    let levels = nodeLevels.map { "\($0.level.name(lang)) \($0.nodes)" }.joined(separator: ", ")
    let rows: [[String]] = [
      [CLIMsg.statsCities.text(lang), "\(cities)", CLIMsg.statsCitiesNote.text(lang, raw.cities)],
      [CLIMsg.statsAgreements.text(lang), "\(agreements)", CLIMsg.statsAgreementsNote.text(lang, families, raw.agreements)],
      [CLIMsg.statsPolicies.text(lang), "\(policies)", CLIMsg.statsDatasetHas.text(lang, raw.policies)],
      [CLIMsg.statsTies.text(lang), "\(ties)", CLIMsg.statsTiesNote.text(lang)],
      [CLIMsg.statsNodes.text(lang), "\(nodes)", levels],
      [CLIMsg.statsDensity.text(lang), NumberFormat.fixed(density, digits: 4), CLIMsg.statsDensityNote.text(lang)],
    ]
    let t = TableFormatter(
      columns: [.init(header: ""), .init(header: "", alignRight: true), .init(header: "")], showHeader: false)
    return t.render(rows)
  }

  private func yearTable(_ lang: Language) -> String {
    let t = TableFormatter(columns: [
      .init(header: CLIMsg.headerYear.text(lang)), .init(header: CLIMsg.statsAgreements.text(lang), alignRight: true),
      .init(header: MechanismFamily.governance.name(lang), alignRight: true),
      .init(header: MechanismFamily.collaboration.name(lang), alignRight: true),
      .init(header: CLIMsg.statsPolicies.text(lang), alignRight: true),
    ])
    let rows = years.map { y in
      ["\(y.year)", "\(y.agreements)", "\(y.governance)", "\(y.collaboration)", "\(y.policies)"]
    }
    return t.render(rows)
  }

  private func mechanismTable(_ lang: Language) -> String {
    let t = TableFormatter(columns: [
      .init(header: CLIMsg.headerMechanism.text(lang)), .init(header: CLIMsg.headerFamily.text(lang)),
      .init(header: CLIMsg.headerNameZh.text(lang)), .init(header: CLIMsg.statsAgreements.text(lang), alignRight: true),
    ])
    let rows = mechanisms.map { m in
      ["\(m.mechanism.family.letter(lang)) \(m.mechanism.id)", m.mechanism.family.name(lang), m.mechanism.nameZh,
       "\(m.agreements)"]
    }
    return t.render(rows)
  }
}
