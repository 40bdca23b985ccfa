import ChengyuCore

/// JSON objects for single records, shared by `show` (shapes documented in docs/cli.md).
enum RecordJSON {
  static func strings(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }

  /// A city with every column of cities.csv.
  static func city(_ c: City) -> JSONValue {
    .object([
      ("id", .string(c.id.rawValue)), ("name_zh", .string(c.nameZh)), ("name_en", .string(c.nameEn)),
      ("level", .string(c.level.rawValue)), ("parent", c.parent.map { .string($0.rawValue) } ?? .null),
      ("province", .string(c.province.rawValue)), ("adcode", .string(c.adcode)),
      ("lat", c.latitude.map { .double($0) } ?? .null), ("lon", c.longitude.map { .double($0) } ?? .null),
      ("in_region", .bool(c.inRegion)), ("plan_2016", .string(c.plan2016)),
      ("former_names", strings(c.formerNames)), ("status_changes", .string(c.statusChanges)),
      ("source", .string(c.source)),
    ])
  }

  /// A short reference to a city: id and names.
  static func cityRef(_ c: City) -> JSONValue {
    .object([("id", .string(c.id.rawValue)), ("name_zh", .string(c.nameZh)), ("name_en", .string(c.nameEn))])
  }

  /// An agreement in a list: enough to recognise it.
  static func agreementSummary(_ a: Agreement, in ds: Dataset) -> JSONValue {
    .object([
      ("id", .string(a.id)), ("date", .string(a.date.description)), ("family", .string(a.family.rawValue)),
      ("mechanism", .string(ds.mechanism(of: a).id)), ("title_zh", .string(a.titleZh)),
      ("parties", strings(a.parties.map { ds.cities[$0].id.rawValue })),
    ])
  }

  /// An agreement with every field and its provenance.
  static func agreement(_ a: Agreement, in ds: Dataset) -> JSONValue {
    let m = ds.mechanism(of: a)
    return .object([
      ("id", .string(a.id)), ("date", .string(a.date.description)),
      ("date_precision", .string(a.date.precision.rawValue)),
      ("title_zh", .string(a.titleZh)), ("title_en", .string(a.titleEn)),
      ("family", .string(a.family.rawValue)), ("mechanism", .string(m.id)),
      ("mechanism_zh", .string(m.nameZh)), ("kind_zh", .string(a.kindZh)),
      ("parties", .array(a.parties.map { cityRef(ds.cities[$0]) })),
      ("domains", strings(a.domains.map { ds.codebook.domains[$0].id })),
      ("summary_en", .string(a.summaryEn)),
      ("source_url", .string(a.provenance.sourceURL)), ("evidence", .string(a.provenance.evidence)),
      ("confidence", .string(a.provenance.confidence)),
    ])
  }

  /// A policy document with every field and its provenance.
  static func policy(_ p: Policy, in ds: Dataset) -> JSONValue {
    .object([
      ("id", .string(p.id)), ("date", .string(p.date.description)),
      ("date_precision", .string(p.date.precision.rawValue)),
      ("title_zh", .string(p.titleZh)), ("title_en", .string(p.titleEn)),
      ("issuer_zh", .string(p.issuerZh)), ("issuer_level", .string(p.issuerLevel)),
      ("doc_type", .string(p.docType)), ("doc_number", .string(p.docNumber)), ("scope", .string(p.scope)),
      ("mentions", .array(p.mentions.map { cityRef(ds.cities[$0]) })), ("mentions_zh", .string(p.mentionsZh)),
      ("summary_en", .string(p.summaryEn)),
      ("source_url", .string(p.provenance.sourceURL)), ("evidence", .string(p.provenance.evidence)),
      ("confidence", .string(p.provenance.confidence)),
    ])
  }
}
