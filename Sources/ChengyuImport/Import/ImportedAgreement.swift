import ChengyuCore

/// One agreement read from a coding sheet, its parties resolved to places.
public struct ImportedAgreement: Sendable, Hashable {
  /// The sheet row it came from.
  public var row: Int
  public var id: String
  public var date: CalendarDate
  public var titleZh: String
  public var titleEn: String
  /// Indices into the directory's places, distinct, in the order the sheet lists them.
  public var parties: [Int]
  public var mechanism: String
  public var kindZh: String
  public var domains: [String]
  public var summary: String
  public var sourceURL: String
  public var evidence: String
  public var confidence: String
}

/// What an import produced: agreements and the places cities.csv needs, or the problems.
public struct ImportResult: Sendable {
  public var agreements: [ImportedAgreement] = []
  /// Every place cities.csv must hold: the parties, their parents and provinces (for roll-up),
  /// higher levels first.
  public var places: [Int] = []
  /// Problems that stop the import (exit 65, nothing written).
  public var errors: [DatasetIssue] = []
  /// Columns not read, and similar.
  public var warnings: [DatasetIssue] = []
  /// How names were read where that is worth a look (former names, another suffix).
  public var notes: [DatasetIssue] = []
}
