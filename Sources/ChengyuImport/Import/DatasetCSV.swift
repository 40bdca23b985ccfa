import ChengyuCore

/// Rows of a dataset folder's CSV files, in the column order of data/README.md.
public enum DatasetCSV {
  public static let cityHeader = [
    "id", "name_zh", "name_en", "level", "parent", "province", "adcode", "lat", "lon", "in_region",
    "plan_2016", "former_names", "status_changes", "source",
  ]
  public static let agreementHeader = [
    "id", "date", "title_zh", "title_en", "parties", "mechanism", "kind_zh", "domains", "summary_en",
    "source_url", "evidence", "confidence",
  ]
  public static let policyHeader = [
    "id", "date", "title_zh", "title_en", "issuer_zh", "issuer_level", "doc_type", "doc_number", "scope",
    "mentions", "mentions_zh", "summary_en", "source_url", "evidence", "confidence",
  ]

  public static func cityRow(_ c: City) -> [String] {
    [
      c.id.rawValue, c.nameZh, c.nameEn, c.level.rawValue, c.parent?.rawValue ?? "", c.province.rawValue,
      c.adcode, c.latitude.map { "\($0)" } ?? "", c.longitude.map { "\($0)" } ?? "", c.inRegion ? "yes" : "no",
      c.plan2016, c.formerNames.joined(separator: ";"), c.statusChanges, c.source,
    ]
  }

  public static func agreementRow(_ a: Agreement, in d: Dataset) -> [String] {
    [
      a.id, a.date.description, a.titleZh, a.titleEn, a.parties.map { d.cities[$0].id.rawValue }.joined(separator: ";"),
      d.mechanism(of: a).id, a.kindZh, a.domains.map { d.codebook.domains[$0].id }.joined(separator: ";"),
      a.summaryEn, a.provenance.sourceURL, a.provenance.evidence, a.provenance.confidence,
    ]
  }

  public static func policyRow(_ p: Policy, in d: Dataset) -> [String] {
    [
      p.id, p.date.description, p.titleZh, p.titleEn, p.issuerZh, p.issuerLevel, p.docType, p.docNumber, p.scope,
      p.mentions.map { d.cities[$0].id.rawValue }.joined(separator: ";"), p.mentionsZh, p.summaryEn,
      p.provenance.sourceURL, p.provenance.evidence, p.provenance.confidence,
    ]
  }

  /// A CSV file's bytes (RFC 4180, as every CSV Chengyu writes).
  static func file(_ header: [String], _ rows: [[String]]) -> [UInt8] {
    Array(CSVWriter.document(header: header, rows: rows).utf8)
  }
}

extension ImportResult {
  /// The dataset folder's five files: the agreements, the places as cities, no policies, and
  /// the codebook copied byte for byte from the reference files.
  public func files(directory: PlaceDirectory, codebookFiles reference: DatasetFiles) -> [(name: String, bytes: [UInt8])] {
    let ids = directory.places.map(\.id.rawValue)
    let agreementRows = agreements.map { a in
      [
        a.id, a.date.description, a.titleZh, a.titleEn, a.parties.map { ids[$0] }.joined(separator: ";"),
        a.mechanism, a.kindZh, a.domains.joined(separator: ";"), a.summary, a.sourceURL, a.evidence, a.confidence,
      ]
    }
    return [
      ("cities.csv", DatasetCSV.file(DatasetCSV.cityHeader, places.map { DatasetCSV.cityRow(directory.city($0)) })),
      ("agreements.csv", DatasetCSV.file(DatasetCSV.agreementHeader, agreementRows)),
      ("policies.csv", DatasetCSV.file(DatasetCSV.policyHeader, [])),
      ("mechanisms.csv", reference.contents["mechanisms.csv"] ?? []),
      ("domains.csv", reference.contents["domains.csv"] ?? []),
    ]
  }
}
