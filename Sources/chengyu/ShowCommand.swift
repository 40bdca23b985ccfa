import ArgumentParser
import ChengyuCore

/// `chengyu show ID`: one city (partners and agreements), agreement or policy; `chengyu show A B`:
/// the agreements behind the tie of two governments.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a city's partners and agreements, one agreement or policy with its source, or the tie of two cities.",
    discussion: """
      ID is a city id (chengdu), an agreement id (A001) or a policy id
      (P001); case does not matter, and a city's Chinese or English name
      works too (成都市, 成都, Chengdu). Filter options narrow a city's
      partners and agreements. Two cities (show 成都 重庆) show the
      agreements behind their tie at the --aggregate level. An unknown ID
      exits with 64 and names the closest ids.

      Examples:
        chengyu show chengdu
        chengyu show chengdu --years 2020 --family governance
        chengyu show 成都 重庆 --aggregate city
        chengyu show A001
        chengyu show P003 --json
        chengyu show chengdu --ego --years 2016-2020
        chengyu show P024 --after 24 --family governance
      """)

  @Argument(help: ArgumentHelp("A city, agreement or policy id; or two cities.", valueName: "id"))
  var ids: [String] = []
  @OptionGroup var data: DataOptions
  @OptionGroup var filterOptions: FilterOptions
  @OptionGroup var languageOptions: LanguageOptions
  @Option(name: [.customLong("after"), .customLong("window")], help: ArgumentHelp(
    "For a policy: the agreements of the N months after it (and the count of the N months before).",
    valueName: "months"))
  var after = 12
  @Flag(help: "Print JSON instead of text.")
  var json = false
  @Flag(help: "With a city: its ego network (partners, ties among them, density, brokerage).")
  var ego = false

  func validate() throws {
    guard (1...2).contains(ids.count) else {
      throw ValidationError("give one id (a city, agreement or policy) or two cities, not \(ids.count)")
    }
    if ego, ids.count == 2 { throw ValidationError("--ego takes one city, not two") }
    guard (1...1200).contains(after) else { throw ValidationError("--after takes a number of months from 1 to 1200") }
  }

  func run() throws {
    let lang = languageOptions.language
    let dataset = try data.load()
    let filter = try filterOptions.makeFilter(for: dataset)
    if ids.count == 2 {
      let a = try Self.city(ids[0], in: dataset), b = try Self.city(ids[1], in: dataset)
      let detail = TieDetail(view: dataset.view(filter), a: a, b: b)
      if let same = detail.sharedNode {
        Diagnostics.printError(
          "\(dataset.cities[a].id) and \(dataset.cities[b].id) both count as \(dataset.cities[same].id) at the "
            + "\(filter.aggregation.rawValue) level (try --aggregate signed)")
        throw ExitCode(64)
      }
      Output.write(json ? detail.json().serialized(pretty: true) + "\n" : detail.text(lang))
      if detail.agreements.isEmpty, filter.aggregation == .signed {
        var city = filter
        city.aggregation = .city
        let there = TieDetail(view: dataset.view(city), a: a, b: b)
        if there.sharedNode == nil, !there.agreements.isEmpty {
          Diagnostics.printError(CLIMsg.hintCityLevel.text(lang, CountNoun.agreements.count(there.agreements.count, lang)))
        }
      }
      return
    }
    let id = ids[0]
    try Self.refuseAmbiguous(id, in: dataset)
    guard let found = RecordLookup.find(id, in: dataset) else {
      throw UnknownValue(kind: "id", value: id, known: Self.closest(to: id, in: dataset, citiesOnly: false)).exit()
    }
    switch found {
    case .city(let i) where ego:
      let report = EgoReport(view: dataset.view(filter), city: i)
      Output.write(json ? report.json().serialized(pretty: true) + "\n" : report.text(lang))
    case .agreement where ego, .policy where ego:
      Diagnostics.printError("--ego applies to a city, not to \(TextSanitizer.clean(id))")
      throw ExitCode(64)
    case .city(let i):
      let detail = CityDetail(view: dataset.view(filter), city: i)
      Output.write(json ? detail.json().serialized(pretty: true) + "\n" : detail.text(lang))
    case .agreement(let i):
      let a = dataset.agreements[i]
      Output.write(json
        ? JSONValue.object([("kind", .string("agreement")), ("agreement", RecordJSON.agreement(a, in: dataset))])
          .serialized(pretty: true) + "\n"
        : RecordDetail.agreementText(a, in: dataset, language: lang))
    case .policy(let i):
      let p = dataset.policies[i]
      let view = dataset.view(filter)
      let followUp = PolicyFollowUp(view: view, policy: i, months: after)
      Output.write(json
        ? JSONValue.object([
          ("kind", .string("policy")), ("policy", RecordJSON.policy(p, in: dataset)),
          ("filter", FilterSummary.json(filter)), ("follow_up", followUp.json(in: view)),
        ]).serialized(pretty: true) + "\n"
        : RecordDetail.policyText(p, in: dataset, language: lang) + followUp.text(in: view, language: lang))
    }
  }

  /// The city a name means (id, Chinese or English name, or the start of one Chinese name).
  static func city(_ name: String, in dataset: Dataset) throws -> Int {
    try refuseAmbiguous(name, in: dataset)
    if case .city(let i) = RecordLookup.find(name, in: dataset) { return i }
    throw UnknownValue(kind: "city", value: name, known: closest(to: name, in: dataset, citiesOnly: true)).exit()
  }

  /// Stops with exit 64 when `name` is the name of several governments, listing them by id
  /// with their parent (`chengyu: ambiguous city "市中区" (one of: a 市中区 under neijiang, …)`).
  static func refuseAmbiguous(_ name: String, in dataset: Dataset) throws {
    let named = RecordLookup.citiesNamed(name, in: dataset)
    guard named.count > 1 else { return }
    let list = named.map { i -> String in
      let c = dataset.cities[i]
      return "\(c.id) \(c.nameZh)" + (c.parent.map { " under \($0)" } ?? "")
    }
    let echoed = DisplayWidth.truncate(TextSanitizer.clean(name), to: 60)
    Diagnostics.printError("ambiguous city \"\(echoed)\" (one of: \(list.prefix(UnknownValue.shown).joined(separator: ", ")))")
    throw ExitCode(64)
  }

  /// The ids closest to a mistyped one, cities with their Chinese names (`chengdu 成都市`).
  static func closest(to name: String, in dataset: Dataset, citiesOnly: Bool) -> [String] {
    RecordLookup.suggestions(for: name, in: dataset, limit: 8).compactMap { id in
      if let c = dataset.city(CityID(id)) { return "\(c.id) \(c.nameZh)" }
      return citiesOnly ? nil : id
    }
  }
}
