import ArgumentParser
import ChengyuCore
import ChengyuData
import ChengyuImport

/// `chengyu init DIR`: a template dataset folder that `chengyu validate` accepts.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a template dataset folder (headers, the default codebook, a README, examples).",
    discussion: """
      Writes cities.csv, agreements.csv, policies.csv, mechanisms.csv,
      domains.csv and README.md (what each column means). The codebook is
      the embedded dataset's; agreements.csv and policies.csv hold one
      example each (id EXAMPLE-…, copied from the embedded data with its
      source) and cities.csv the governments it needs: replace them.
      The folder is written whole or not at all; an existing folder that
      is not empty is refused unless --force (then the six files are
      replaced and anything else in it is left alone).

      Examples:
        chengyu init mydata
        chengyu validate mydata
        chengyu --data mydata
      """)

  @Argument(help: ArgumentHelp("Folder to create.", valueName: "dir"))
  var directory: String
  @Flag(help: "Write into an existing folder that is not empty.")
  var force = false
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let files = DatasetTemplate.files(reference: EmbeddedDataset.load(), codebookFiles: EmbeddedDataset.files)
    do {
      try DatasetFolder.write(files, to: directory, force: force)
    } catch {
      Diagnostics.printError(TextSanitizer.clean(error.description))
      throw ExitCode(1)
    }
    let dir = TextSanitizer.clean(directory)
    let lang = languageOptions.language
    Diagnostics.printError(CLIReportMsg.initWrote.text(lang, dir, files.map(\.name).joined(separator: ", ")))
    Diagnostics.printError(CLIReportMsg.initNext.text(lang, dir))
  }
}
