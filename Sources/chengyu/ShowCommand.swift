import ArgumentParser
import ChengyuCore

/// `chengyu show ID`: one city (partners and agreements), agreement or policy.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a city's partners and agreements, or one agreement or policy with its source.",
    discussion: """
      ID is a city id (chengdu), an agreement id (A001) or a policy id
      (P001); case does not matter, and a city's Chinese or English name
      works too (成都市, 成都, Chengdu). Filter options narrow a city's
      partners and agreements. An unknown ID exits with 64 and suggests
      the closest ids.

      Examples:
        chengyu show chengdu
        chengyu show chengdu --years 2020 --family governance
        chengyu show A001
        chengyu show P003 --json
        chengyu show P024 --after 24 --family governance
      """)

  @Argument(help: ArgumentHelp("A city, agreement or policy id.", valueName: "id"))
  var id: String
  @OptionGroup var data: DataOptions
  @OptionGroup var filterOptions: FilterOptions
  @Option(name: [.customLong("after"), .customLong("window")], help: ArgumentHelp(
    "For a policy: the agreements of the N months after it (and the count of the N months before).",
    valueName: "months"))
  var after = 12
  @Flag(help: "Print JSON instead of text.")
  var json = false

  func validate() throws {
    guard (1...1200).contains(after) else { throw ValidationError("--after takes a number of months from 1 to 1200") }
  }

  func run() throws {
    let dataset = try data.load()
    let filter = try filterOptions.makeFilter(for: dataset)
    guard let found = RecordLookup.find(id, in: dataset) else {
      let near = RecordLookup.suggestions(for: id, in: dataset)
      var message = "no city, agreement or policy has the id '\(TextSanitizer.clean(id))'"
      message += near.isEmpty ? " (see: chengyu list cities)" : "; did you mean: \(near.joined(separator: ", "))?"
      Diagnostics.printError(message)
      throw ExitCode(64)
    }
    switch found {
    case .city(let i):
      let detail = CityDetail(view: dataset.view(filter), city: i)
      Output.write(json ? detail.json().serialized(pretty: true) + "\n" : detail.text())
    case .agreement(let i):
      let a = dataset.agreements[i]
      Output.write(json
        ? JSONValue.object([("kind", .string("agreement")), ("agreement", RecordJSON.agreement(a, in: dataset))])
          .serialized(pretty: true) + "\n"
        : RecordDetail.agreementText(a, in: dataset))
    case .policy(let i):
      let p = dataset.policies[i]
      let view = dataset.view(filter)
      let followUp = PolicyFollowUp(view: view, policy: i, months: after)
      Output.write(json
        ? JSONValue.object([
          ("kind", .string("policy")), ("policy", RecordJSON.policy(p, in: dataset)),
          ("filter", FilterSummary.json(filter)), ("follow_up", followUp.json(in: view)),
        ]).serialized(pretty: true) + "\n"
        : RecordDetail.policyText(p, in: dataset) + followUp.text(in: view))
    }
  }
}
