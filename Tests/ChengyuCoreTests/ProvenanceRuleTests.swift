import ChengyuCore
import ChengyuData
import Testing

/// Provenance is required in the embedded dataset and optional (warnings) in a researcher's own.
@Suite struct ProvenanceRuleTests {
  @Test func emptySourcesAreWarningsInOwnData() {
    let dir = Fixtures.directory("empty-source-url")
    let report = DatasetLoader.inspect(directory: dir, provenance: .optional)
    #expect(report.issues.isEmpty)
    #expect(report.dataset?.agreements.count == 3)
    #expect(report.warnings == [
      DatasetIssue(file: Fixtures.file("empty-source-url", "agreements.csv"), line: 2, reason: "empty source_url"),
      DatasetIssue(file: Fixtures.file("empty-source-url", "agreements.csv"), line: 4, reason: "empty source_url"),
      DatasetIssue(file: Fixtures.file("empty-source-url", "policies.csv"), line: 2, reason: "empty source_url"),
    ])
    // The same folder under the embedded data's rule: errors, as before.
    #expect(DatasetLoader.inspect(directory: dir, provenance: .required).issues.count == 3)
  }

  @Test func missingProvenanceColumnsAreOneWarningPerFile() throws {
    var contents = Fixtures.files("valid")
    contents["agreements.csv"] = Array("""
      id,date,title_zh,parties,mechanism,domains
      T001,2019-05-01,甲乙合作协议,alpha;beta,pact,roads

      """.utf8)
    contents["cities.csv"] = Array(String(decoding: contents["cities.csv"]!, as: UTF8.self)
      .replacingOccurrences(of: ",source", with: ",note").utf8)
    let files = DatasetFiles(origin: "t/", contents: contents)
    let report = DatasetLoader.inspect(files, provenance: .optional)
    #expect(report.issues.isEmpty, "\(report.issues)")
    #expect(report.warnings.map(\.description) == [
      "t/cities.csv:1: no source column: its records name no source",
      "t/agreements.csv:1: no title_en, source_url, evidence, confidence columns: its records name no source",
    ])
    // Required columns stay required in both rules; and the embedded rule needs them all.
    #expect(DatasetLoader.inspect(files, provenance: .required).issues.map(\.description) == [
      "t/cities.csv:1: missing required column: source",
      "t/agreements.csv:1: missing required columns: title_en, source_url, evidence, confidence",
    ])
  }

  @Test func emptyEvidenceConfidenceTitleAndCitySourceAreListedPerRow() {
    let contents = Fixtures.valid("agreements.csv", replacing: ",https://example.org/t002,test fixture,medium", with: ",,,")
    var c = contents
    c["cities.csv"] = Fixtures.valid("cities.csv", replacing: ",test fixture", with: ",")["cities.csv"]
    let report = DatasetLoader.inspect(DatasetFiles(origin: "t/", contents: c), provenance: .optional)
    #expect(report.issues.isEmpty)
    #expect(report.warnings.map(\.description).contains("t/agreements.csv:3: empty source_url, evidence, confidence"))
    #expect(report.warnings.contains { $0.file == "t/cities.csv" && $0.reason == "empty source" })
  }

  /// The embedded dataset is strict: every record is sourced, so the lenient rule finds nothing.
  @Test func everyEmbeddedRecordIsSourced() {
    let report = DatasetLoader.inspect(EmbeddedDataset.files, provenance: .optional)
    #expect(report.issues.isEmpty)
    #expect(report.warnings.isEmpty, "\(report.warnings.prefix(5))")
  }
}
