/// A central or provincial policy document: a milestone on the timeline, not a tie.
public struct Policy: Sendable, Hashable {
  public var id: String
  public var date: CalendarDate
  public var titleZh: String
  public var titleEn: String
  public var issuerZh: String
  /// `central`, `provincial` or `joint-provincial`.
  public var issuerLevel: String
  public var docType: String
  public var docNumber: String
  public var scope: String
  /// Governments the document names specially, as indices into `Dataset.cities`.
  public var mentions: [Int]
  public var mentionsZh: String
  public var summaryEn: String
  public var provenance: Provenance

  public init(
    id: String, date: CalendarDate, titleZh: String, titleEn: String, issuerZh: String = "",
    issuerLevel: String = "", docType: String = "", docNumber: String = "", scope: String = "",
    mentions: [Int] = [], mentionsZh: String = "", summaryEn: String = "",
    provenance: Provenance = Provenance(sourceURL: "", evidence: "", confidence: "")
  ) {
    self.id = id
    self.date = date
    self.titleZh = titleZh
    self.titleEn = titleEn
    self.issuerZh = issuerZh
    self.issuerLevel = issuerLevel
    self.docType = docType
    self.docNumber = docNumber
    self.scope = scope
    self.mentions = mentions
    self.mentionsZh = mentionsZh
    self.summaryEn = summaryEn
    self.provenance = provenance
  }
}
