import ChengyuCore

/// `chengyu list agreements`: the agreements that pass the filter, by date by default.
enum AgreementListing {
  static let sortKeys = ["date", "id", "parties", "family"]

  static func make(_ view: NetworkView, sort: String, language lang: Language) -> Listing {
    let ds = view.dataset
    var order = view.agreements  // by date, then id
    switch sort {
    case "id": order = Listing.reorder(order) { ds.agreements.id($0) }
    case "parties": order = Listing.reorder(order) { -ds.agreements.partyCount($0) }
    case "family": order = Listing.reorder(order) { ds.agreements.family($0) }
    default: break
    }
    let h = { (m: CLIMsg) in m.text(lang) }
    let columns: [Listing.Column] = [
      .init(key: "id", header: h(.headerID)),
      .init(key: "date", header: h(.headerDate)),
      .init(key: "family", header: "family", visibility: .machineOnly),
      .init(key: "mechanism", header: h(.headerMechanism)),
      .init(key: "title_zh", header: h(.headerTitle), maxWidth: 44),
      .init(key: "title_en", header: "title_en", visibility: .machineOnly),
      .init(key: "parties", header: "parties", visibility: .machineOnly),
      .init(key: "parties_zh", header: h(.headerParties), maxWidth: 36),
      .init(key: "domains", header: "domains", visibility: .machineOnly),
      .init(key: "confidence", header: "conf", visibility: .machineOnly),
      .init(key: "source_url", header: "source_url", visibility: .machineOnly),
    ]
    let rows: [[Listing.Cell]] = order.map { i in
      let a = ds.agreements[i]
      let m = ds.mechanism(of: a)
      return [
        .string(a.id), .string(a.date.description), .string(a.family.rawValue),
        Listing.Cell(text: "\(a.family.letter(lang)) \(lang == .en ? m.id : m.nameZh)", json: .string(m.id), csv: m.id),
        .string(a.titleZh), .string(a.titleEn),
        .list(a.parties.map { ds.cities[$0].id.rawValue }),
        .list(a.parties.map { ds.cities[$0].nameZh }, separator: "、"),
        .list(a.domains.map { ds.codebook.domains[$0].id }),
        .string(a.provenance.confidence), .string(a.provenance.sourceURL),
      ]
    }
    return Listing(columns: columns, rows: rows, total: rows.count, noun: .agreements)
  }
}
