import ChengyuCore

/// `generate DIR --cities N --agreements M [--policies P] [--seed S]`: writes a synthetic dataset.
enum GenerateMode {
  static func run(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, known: ["cities", "agreements", "policies", "seed"])
    guard options.positional.count == 1 else { throw UsageError(message: "generate needs one folder") }
    let directory = options.positional[0]
    let agreements = try options.int("agreements", default: 1_000)
    let corpus = SyntheticCorpus(
      seed: UInt64(try options.int("seed", default: 1)),
      cities: try options.int("cities", default: 200, minimum: 3),
      agreements: agreements,
      policies: try options.int("policies", default: max(1, agreements / 50)))
    let (_, seconds, _) = try timedWithCPU { try corpus.write(to: directory) }
    print("""
      SYNTHETIC dataset (not real data) written to \(directory)
        seed \(corpus.seed): \(corpus.cityCount) cities, \(corpus.agreementCount) agreements, \
      policies: \(corpus.policyCount); written in \(fixed(seconds)) s
      """)
    for name in DatasetFiles.names {
      let size = fileSize(directory + "/" + name)
      print("  \(name): \(fixed(Double(size) / 1_000_000, 1)) MB")
    }
  }
}
