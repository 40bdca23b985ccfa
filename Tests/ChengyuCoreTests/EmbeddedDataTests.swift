import ChengyuCore
import ChengyuData
import Foundation
import Testing

@Suite("Embedded copy of data/")
struct EmbeddedDataTests {
  static let dataDirectory = Fixtures.repository + "/data"

  /// Fails whenever data/ is edited without re-running scripts/embed-data.py.
  @Test(arguments: DatasetFiles.names)
  func embeddedFileEqualsDataFolder(_ name: String) throws {
    let onDisk = try #require(FileManager.default.contents(atPath: Self.dataDirectory + "/" + name))
    let embedded = try #require(EmbeddedDataset.files.contents[name])
    let disk = [UInt8](onDisk)
    // A Bool and the first differing byte, not two whole files, in the failure message.
    let firstDifference = zip(embedded, disk).enumerated().first { $1.0 != $1.1 }?.offset ?? min(embedded.count, disk.count)
    let same = embedded == disk
    #expect(same, "\(name) differs from data/ at byte \(firstDifference): run scripts/embed-data.py")
  }

  @Test func embeddedHoldsExactlyTheFiveFiles() {
    #expect(EmbeddedDataset.files.contents.keys.sorted() == DatasetFiles.names.sorted())
    #expect(EmbeddedDataset.files.origin == "embedded:")
  }

  /// The figures README.md states for the shipped data (update both together).
  @Test func embeddedDatasetCounts() {
    let d = EmbeddedDataset.load()
    #expect(d.cities.count == 140)
    #expect(d.agreements.count == 170)
    #expect(d.policies.count == 44)
    #expect(d.codebook.mechanisms.count == 6)
    #expect(d.codebook.domains.count == 20)
  }

  @Test func dataFolderLoadsCleanAndMatchesTheEmbeddedDataset() throws {
    #expect(DatasetLoader.validate(directory: Self.dataDirectory).isEmpty)
    let folder = try DatasetLoader.load(directory: Self.dataDirectory)
    let embedded = EmbeddedDataset.load()
    #expect(folder.cities == embedded.cities)
    #expect(folder.agreements == embedded.agreements)
    #expect(folder.policies == embedded.policies)
    #expect(folder.codebook == embedded.codebook)
  }

  @Test func everyRecordKeepsItsProvenance() {
    let d = EmbeddedDataset.load()
    for a in d.agreements {
      #expect(a.provenance.sourceURL.hasPrefix("http"), "\(a.id) has no source_url")
      #expect(!a.provenance.evidence.isEmpty, "\(a.id) has no evidence")
      #expect(["high", "medium"].contains(a.provenance.confidence), "\(a.id): \(a.provenance.confidence)")
    }
    for p in d.policies {
      #expect(p.provenance.sourceURL.hasPrefix("http"), "\(p.id) has no source_url")
      #expect(!p.provenance.evidence.isEmpty, "\(p.id) has no evidence")
    }
    for c in d.cities { #expect(!c.source.isEmpty, "\(c.id) has no source") }
  }

  /// Roll-up to city and to province level must agree: a parent is in the same province and one
  /// level up (the loader does not check this, so the shipped data is checked here).
  @Test func embeddedHierarchyIsConsistent() {
    let d = EmbeddedDataset.load()
    for c in d.cities {
      if c.level == .province {
        #expect(c.parent == nil && c.province == c.id, "\(c.id)")
        continue
      }
      let parent = d.city(c.parent!)!
      #expect(parent.province == c.province, "\(c.id): parent \(parent.id) is in \(parent.province)")
      #expect(parent.level.rank < c.level.rank, "\(c.id) is not below its parent \(parent.id)")
    }
    let city = d.rollUpMap(.city), province = d.rollUpMap(.province)
    for i in d.cities.indices {
      #expect(d.cities[city[i]].level.rank <= 1)
      #expect(province[city[i]] == province[i])
    }
  }

  @Test func embeddedAgreementsHaveTwoDistinctPartiesAndSpanTheStudyYears() {
    let d = EmbeddedDataset.load()
    for a in d.agreements { #expect(Set(a.parties).count == a.parties.count && a.parties.count >= 2) }
    let years = d.agreements.map(\.date.year)
    #expect(years.min()! >= 2011 && years.max()! <= 2020)
  }
}
