import ChengyuCore

/// `chengyu show AGREEMENT` and `chengyu show POLICY`: every field, with the source.
enum RecordDetail {
  static func agreementText(_ a: Agreement, in ds: Dataset) -> String {
    let m = ds.mechanism(of: a)
    var out = TableFormatter.cell("\(a.id)  \(a.titleZh)", cap: nil) + "\n"
    out += KeyValueBlock.render([
      ("title_en", a.titleEn),
      ("date", "\(a.date) (\(a.date.precision.rawValue) precision)"),
      ("mechanism", "\(a.family.letter) \(m.id) \(m.nameZh) (\(a.family.rawValue) \(a.family.nameZh))"),
      ("kind", a.kindZh),
      ("domains", a.domains.map { ds.codebook.domains[$0].id }.joined(separator: ", ")),
      ("summary", a.summaryEn),
      ("source_url", a.provenance.sourceURL),
      ("evidence", a.provenance.evidence),
      ("confidence", a.provenance.confidence),
    ])
    out += "\nparties (\(a.parties.count))\n"
    let parties = TableFormatter(columns: [
      .init(header: "id"), .init(header: "中文名"), .init(header: "name"), .init(header: "level"),
    ], indent: "  ")
    out += parties.render(a.parties.map { i in
      let c = ds.cities[i]
      return [c.id.rawValue, c.nameZh, c.nameEn, c.level.rawValue]
    })
    return out
  }

  static func policyText(_ p: Policy, in ds: Dataset) -> String {
    var out = TableFormatter.cell("\(p.id)  \(p.titleZh)", cap: nil) + "\n"
    out += KeyValueBlock.render([
      ("title_en", p.titleEn),
      ("date", "\(p.date) (\(p.date.precision.rawValue) precision)"),
      ("issuer", "\(p.issuerZh) (\(p.issuerLevel))"),
      ("doc_type", p.docType),
      ("doc_number", p.docNumber),
      ("scope", p.scope),
      ("mentions", p.mentions.map { "\(ds.cities[$0].id) \(ds.cities[$0].nameZh)" }.joined(separator: ", ")),
      ("mentions_zh", p.mentionsZh),
      ("summary", p.summaryEn),
      ("source_url", p.provenance.sourceURL),
      ("evidence", p.provenance.evidence),
      ("confidence", p.provenance.confidence),
    ])
    return out
  }
}
