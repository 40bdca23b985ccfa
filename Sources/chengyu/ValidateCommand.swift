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
  /// The summary lines follow --lang; the file:line: reason lines stay English (a fixed form that
  /// editors and scripts read).
  @OptionGroup var languageOptions: LanguageOptions

  func validate() throws {
    if directory?.isEmpty == true {
      throw ValidationError("the folder name is empty (give a dataset folder, or none to check the embedded data)")
    }
  }

  func run() throws {
    let lang = languageOptions.language
    let target = directory ?? data.directory
    let name = Diagnostics.echo(target ?? "embedded", limit: 300)
    // A folder of one's own may lack sources (warnings); the embedded dataset may not.
    let report = target.map { DatasetLoader.inspect(directory: $0, provenance: .optional) }
      ?? DatasetLoader.inspect(EmbeddedDataset.files, provenance: .required)
    // Warnings (missing sources, very large agreements) do not fail the check; they go to stderr
    // like problems.
    for warning in report.warnings.prefix(DatasetError.shownPerKind) {
      Diagnostics.printLine(warning.file + (warning.line.map { ":\($0)" } ?? "") + ": warning: " + warning.reason)
    }
    if report.warnings.count > DatasetError.shownPerKind {
      Diagnostics.printLine(CLIReportMsg.moreWarnings.text(lang, report.warnings.count - DatasetError.shownPerKind))
    }
    do throws(DatasetError) {
      guard let ds = report.dataset else { throw DatasetError(issues: report.issues) }
      let counts = CLIReportMsg.validateCounts.text(
        lang, ds.cities.count, ds.agreements.count, ds.policies.count, ds.codebook.mechanisms.count, ds.codebook.domains.count)
      let w = report.warnings.count
      let note = w == 0 ? "" : (w == 1 ? CLIReportMsg.validateWarning : .validateWarnings).text(lang, w)
      Output.write(CLIReportMsg.validateOK.text(lang, counts, name, note) + "\n")
    } catch {
      // One problem per line, exactly file:line: reason, so scripts and editors can jump to it.
      // At most `shownPerKind` lines of each kind of problem, then a count of the rest.
      for line in error.reportLines() { Diagnostics.printLine(line) }
      let n = error.issues.count
      Diagnostics.printError((n == 1 ? CLIReportMsg.problemIn : .problemsIn).text(lang, n, name))
      throw ExitCode(65)
    }
  }
}
