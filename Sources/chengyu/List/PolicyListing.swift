import ChengyuCore

/// `chengyu list policies`: policy documents in the filter's years that match its text.
///
/// Policies are milestones, not ties: family, mechanism, domain, level, region and cross-border
/// conditions do not apply to them.
enum PolicyListing {
  static let sortKeys = ["date", "id", "level"]

  static func make(_ view: NetworkView, sort: String, language lang: Language) -> Listing {
    let ds = view.dataset
    var order = view.policies  // by date, then id
    switch sort {
    case "id": order = Listing.reorder(order) { ds.policies[$0].id }
    case "level": order = Listing.reorder(order) { ds.policies[$0].issuerLevel }
    default: break
    }
    let h = { (m: CLIMsg) in m.text(lang) }
    let columns: [Listing.Column] = [
      .init(key: "id", header: h(.headerID)),
      .init(key: "date", header: h(.headerDate)),
      .init(key: "issuer_level", header: h(.headerLevel)),
      .init(key: "issuer_zh", header: h(.headerIssuer), maxWidth: 20),
      .init(key: "title_zh", header: h(.headerTitle), maxWidth: 50),
      .init(key: "title_en", header: "title_en", visibility: .machineOnly),
      .init(key: "doc_number", header: "doc_number", visibility: .machineOnly),
      .init(key: "mentions", header: "mentions", visibility: .machineOnly),
      .init(key: "confidence", header: "conf", visibility: .machineOnly),
      .init(key: "source_url", header: "source_url", visibility: .machineOnly),
    ]
    let rows: [[Listing.Cell]] = order.map { i in
      let p = ds.policies[i]
      return [
        .string(p.id), .string(p.date.description),
        Listing.Cell(text: issuerLevel(p.issuerLevel, lang), json: .string(p.issuerLevel), csv: p.issuerLevel),
        .string(p.issuerZh),
        .string(p.titleZh), .string(p.titleEn), .string(p.docNumber),
        .list(p.mentions.map { ds.cities[$0].id.rawValue }),
        .string(p.provenance.confidence), .string(p.provenance.sourceURL),
      ]
    }
    return Listing(columns: columns, rows: rows, total: rows.count, noun: .policies)
  }

  /// The issuer level for people: the data's words in English, their Chinese terms in Chinese
  /// (a level the catalogue does not know is shown as written).
  static func issuerLevel(_ level: String, _ lang: Language) -> String {
    switch level {
    case "central": Msg.issuerCentral.text(lang)
    case "provincial": Msg.issuerProvincial.text(lang)
    case "joint-provincial": Msg.issuerJointProvincial.text(lang)
    default: level
    }
  }
}
