import ChengyuCore

/// `chengyu show AGREEMENT` and `chengyu show POLICY`: every field, with the source.
enum RecordDetail {
  static func agreementText(_ a: Agreement, in ds: Dataset, language lang: Language) -> String {
    let m = ds.mechanism(of: a)
    let l = { (k: CLIMsg) in k.text(lang) }
    let mechanism = lang == .en
      ? "\(a.family.letter(lang)) \(m.id) \(m.nameZh) (\(a.family.rawValue) \(a.family.nameZh))"
      : "\(m.nameZh) \(m.id)（\(a.family.nameZh)）"
    var out = TableFormatter.cell("\(a.id)  \(a.titleZh)", cap: nil) + "\n"
    out += KeyValueBlock.render([
      (l(.labelTitleEn), a.titleEn),
      (l(.labelDate), date(a.date, lang)),
      (l(.labelMechanism), mechanism),
      (l(.labelKind), a.kindZh),
      (l(.labelDomains), a.domains.map { d in
        let domain = ds.codebook.domains[d]
        return lang == .en ? domain.id : domain.nameZh
      }.joined(separator: lang == .en ? ", " : "、")),
      (l(.labelSummary), a.summaryEn),
      (l(.labelSourceURL), a.provenance.sourceURL),
      (l(.labelEvidence), a.provenance.evidence),
      (l(.labelConfidence), a.provenance.confidence),
    ])
    out += "\n" + CLIMsg.sectionParties.text(lang, a.parties.count) + "\n"
    let parties = TableFormatter(columns: [
      .init(header: l(.headerID)), .init(header: l(.headerNameZh)), .init(header: l(.headerName)),
      .init(header: l(.headerLevel)),
    ], indent: "  ")
    out += parties.render(a.parties.map { i in
      let c = ds.cities[i]
      return [c.id.rawValue, c.nameZh, c.nameEn, c.level.name(lang)]
    })
    return out
  }

  static func policyText(_ p: Policy, in ds: Dataset, language lang: Language) -> String {
    let l = { (k: CLIMsg) in k.text(lang) }
    var out = TableFormatter.cell("\(p.id)  \(p.titleZh)", cap: nil) + "\n"
    out += KeyValueBlock.render([
      (l(.labelTitleEn), p.titleEn),
      (l(.labelDate), date(p.date, lang)),
      (l(.labelIssuer), "\(p.issuerZh) (\(PolicyListing.issuerLevel(p.issuerLevel, lang)))"),
      (l(.labelDocType), p.docType),
      (l(.labelDocNumber), p.docNumber),
      (l(.labelScope), p.scope),
      (l(.labelMentions), p.mentions.map { "\(ds.cities[$0].id) \(ds.cities[$0].nameZh)" }.joined(separator: ", ")),
      (l(.labelMentionsZh), p.mentionsZh),
      (l(.labelSummary), p.summaryEn),
      (l(.labelSourceURL), p.provenance.sourceURL),
      (l(.labelEvidence), p.provenance.evidence),
      (l(.labelConfidence), p.provenance.confidence),
    ])
    return out
  }

  /// A date with its precision: "2011-09 (month precision)", "2011-09（精确到月）".
  static func date(_ d: CalendarDate, _ lang: Language) -> String {
    let precision: CLIMsg = switch d.precision {
    case .year: .precisionYear
    case .month: .precisionMonth
    case .day: .precisionDay
    }
    return precision.text(lang, d)
  }
}
