import ArgumentParser
import ChengyuCore
import ChengyuData

/// `chengyu validate [DIR]`: checks a dataset folder and lists every problem with file and line.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a dataset folder; list every problem as file:line: reason.",
    discussion: """
      DIR defaults to --data / CHENGYU_DATA, else the embedded dataset.
      Clean: prints "ok: N cities, N agreements, N policies, N mechanisms,
      N domains (DIR)" on stdout and exits 0. Otherwise every problem goes
      to stderr as file:line: reason, one per line, and the exit code is 65.
      In a folder of your own, records without a source (empty source_url,
      evidence, confidence, title_en, or a city's source) are warnings:
      listed on stderr as file:line: warning: …, exit 0. The embedded
      dataset is strict: every record names its source.

      Examples:
        chengyu validate
        chengyu validate ./mydata
        CHENGYU_DATA=./mydata chengyu validate
      """)

  @Argument(help: ArgumentHelp("Dataset folder to check.", valueName: "dir"))
  var directory: String?
  @OptionGroup var data: DataOptions

  func run() throws {
    let target = directory ?? data.directory
    let name = TextSanitizer.clean(target ?? "embedded")
    let report = target.map { DatasetLoader.inspect(directory: $0, provenance: .optional) }
      ?? DatasetLoader.inspect(EmbeddedDataset.files, provenance: .required)
    // One problem per line, exactly file:line: reason, so scripts and editors can jump to it.
    for issue in report.issues + report.warnings { Diagnostics.printLine(TextSanitizer.clean(issue.description)) }
    guard let ds = report.dataset else {
      let n = report.issues.count
      Diagnostics.printError("\(n) problem\(n == 1 ? "" : "s") in \(name)")
      throw ExitCode(65)
    }
    let counts = [
      "\(ds.cities.count) cities", "\(ds.agreements.count) agreements", "\(ds.policies.count) policies",
      "\(ds.codebook.mechanisms.count) mechanisms", "\(ds.codebook.domains.count) domains",
    ]
    let w = report.warnings.count
    let note = w == 0 ? "" : "; \(w) warning\(w == 1 ? "" : "s")"
    Output.write("ok: \(counts.joined(separator: ", ")) (\(name)\(note))\n")
  }
}
