import ChengyuCore

/// The folder `chengyu init` writes: the five CSV files with their headers, the reference
/// codebook, one example agreement and one example policy copied from the reference dataset
/// (ids starting `EXAMPLE-`, summaries saying so), the governments the example needs, and a
/// README explaining each column.
///
/// The examples are real, sourced records rather than made-up ones, so the template never holds
/// an invented record even if a researcher forgets to delete them.
public enum DatasetTemplate {
  public static func files(reference d: Dataset, codebookFiles: DatasetFiles) -> [(name: String, bytes: [UInt8])] {
    var agreementRows: [[String]] = []
    var policyRows: [[String]] = []
    var cityIndices: [Int] = []
    func need(_ i: Int) {
      var chain = [i]
      var current = d.cities[i].parent.flatMap { d.cityIndex[$0] }
      while let p = current, !chain.contains(p) {
        chain.append(p)
        current = d.cities[p].parent.flatMap { d.cityIndex[$0] }
      }
      if let province = d.cityIndex[d.cities[i].province] { chain.append(province) }
      for c in chain where !cityIndices.contains(c) { cityIndices.append(c) }
    }
    if let a = exampleAgreement(d) {
      var row = DatasetCSV.agreementRow(a, in: d)
      row[0] = "EXAMPLE-" + a.id
      row[8] = "EXAMPLE row, copied from agreement \(a.id) of the Chengdu–Chongqing dataset: replace it with your own. " + a.summaryEn
      agreementRows.append(row)
      a.parties.forEach(need)
    }
    if let p = d.policies.first(where: { p in p.mentions.allSatisfy { cityIndices.contains($0) } }) {
      var row = DatasetCSV.policyRow(p, in: d)
      row[0] = "EXAMPLE-" + p.id
      row[11] = "EXAMPLE row, copied from policy \(p.id) of the Chengdu–Chongqing dataset: replace it with your own. " + p.summaryEn
      policyRows.append(row)
    }
    let cities = cityIndices.sorted { (d.cities[$0].level.rank, $0) < (d.cities[$1].level.rank, $1) }
    return [
      ("README.md", Array(TemplateReadme.text(examples: cities.map { d.cities[$0].id.rawValue }).utf8)),
      ("cities.csv", DatasetCSV.file(DatasetCSV.cityHeader, cities.map { DatasetCSV.cityRow(d.cities[$0]) })),
      ("agreements.csv", DatasetCSV.file(DatasetCSV.agreementHeader, agreementRows)),
      ("policies.csv", DatasetCSV.file(DatasetCSV.policyHeader, policyRows)),
      ("mechanisms.csv", codebookFiles.contents["mechanisms.csv"] ?? []),
      ("domains.csv", codebookFiles.contents["domains.csv"] ?? []),
    ]
  }

  /// A two-party agreement, between provincial-level units when there is one (the fewest
  /// government rows for the template), the earliest such with high confidence first.
  static func exampleAgreement(_ d: Dataset) -> Agreement? {
    let pairs = d.agreements.filter { $0.parties.count == 2 }
    let provincial = pairs.filter { $0.parties.allSatisfy { d.cities[$0].level == .province } }
    for group in [provincial, pairs] {
      if let a = group.filter({ $0.provenance.confidence == "high" }).min(by: { $0.date < $1.date }) ?? group.first {
        return a
      }
    }
    return d.agreements.first
  }
}
