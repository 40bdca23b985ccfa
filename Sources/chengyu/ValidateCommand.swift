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

      Examples:
        chengyu validate
        chengyu validate ./mydata
        CHENGYU_DATA=./mydata chengyu validate
      """)

  @Argument(help: ArgumentHelp("Dataset folder to check.", valueName: "dir"))
  var directory: String?
  @OptionGroup var data: DataOptions
  /// Accepted on every command; this one prints no localized text yet.
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let target = directory ?? data.directory
    do throws(DatasetError) {
      let ds: Dataset
      if let target { ds = try DatasetLoader.load(directory: target) } else { ds = try DatasetLoader.load(EmbeddedDataset.files) }
      let counts = [
        "\(ds.cities.count) cities", "\(ds.agreements.count) agreements", "\(ds.policies.count) policies",
        "\(ds.codebook.mechanisms.count) mechanisms", "\(ds.codebook.domains.count) domains",
      ]
      Output.write("ok: \(counts.joined(separator: ", ")) (\(TextSanitizer.clean(target ?? "embedded")))\n")
    } catch {
      // One problem per line, exactly file:line: reason, so scripts and editors can jump to it.
      for issue in error.issues { Diagnostics.printLine(TextSanitizer.clean(issue.description)) }
      let n = error.issues.count
      Diagnostics.printError("\(n) problem\(n == 1 ? "" : "s") in \(TextSanitizer.clean(target ?? "embedded"))")
      throw ExitCode(65)
    }
  }
}
