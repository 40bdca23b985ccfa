import ChengyuCore

/// `chengyu list policies`: policy documents in the filter's years that match its text.
///
/// Policies are milestones, not ties: family, mechanism, domain, level, region and cross-border
/// conditions do not apply to them.
enum PolicyListing {
  static let sortKeys = ["date", "id", "level"]

  static func make(_ view: NetworkView, sort: String) -> Listing {
    let ds = view.dataset
    var order = view.policies  // by date, then id
    switch sort {
    case "id": order = Listing.reorder(order) { ds.policies[$0].id }
    case "level": order = Listing.reorder(order) { ds.policies[$0].issuerLevel }
    default: break
    }
    let columns: [Listing.Column] = [
      .init(key: "id", header: "id"),
      .init(key: "date", header: "date"),
      .init(key: "issuer_level", header: "level"),
      .init(key: "issuer_zh", header: "issuer", maxWidth: 20),
      .init(key: "title_zh", header: "title", maxWidth: 50),
      .init(key: "title_en", header: "title_en", visibility: .machineOnly),
      .init(key: "doc_number", header: "doc_number", visibility: .machineOnly),
      .init(key: "mentions", header: "mentions", visibility: .machineOnly),
      .init(key: "confidence", header: "conf", visibility: .machineOnly),
      .init(key: "source_url", header: "source_url", visibility: .machineOnly),
    ]
    let rows: [[Listing.Cell]] = order.map { i in
      let p = ds.policies[i]
      return [
        .string(p.id), .string(p.date.description), .string(p.issuerLevel), .string(p.issuerZh),
        .string(p.titleZh), .string(p.titleEn), .string(p.docNumber),
        .list(p.mentions.map { ds.cities[$0].id.rawValue }),
        .string(p.provenance.confidence), .string(p.provenance.sourceURL),
      ]
    }
    return Listing(columns: columns, rows: rows)
  }
}
