import ArgumentParser
import ChengyuCore
import ChengyuData
import ChengyuImport
import ChengyuSheet

/// `chengyu import SHEET -o DIR`: one coding sheet (.xlsx or .csv) → a dataset folder.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn a coding sheet (.xlsx or .csv) into a dataset folder.",
    discussion: """
      One row per agreement under a header row. Headers in English or
      Chinese: id/编号, date/日期, title/标题, title_en/英文标题, parties/签署方,
      mechanism/机制, domains/领域, kind/文本形式, summary/摘要, source/来源,
      evidence/证据, confidence/可信度, and province/省份, parent/上级 to tell
      equal names apart. date, title, parties and mechanism are required.
      Parties are Chinese names separated by 、 ； ; , or ，; short names
      (成都), former names (潼南县) and 人民政府 are understood. Names are
      resolved against the embedded dataset (which keeps its ids) and the
      built-in gazetteer of China's divisions (new ids cn<adcode>).
      Mechanisms and domains by id or Chinese name (mechanisms.csv,
      domains.csv of the embedded codebook, copied into DIR).

      Every problem is printed as SHEET:ROW: reason (SHEET[Sheet1]:ROW for
      .xlsx) and the exit code is 65; nothing is written then. The folder
      is written whole or not at all; see docs/own-data.md.

      Examples:
        chengyu import coding.xlsx -o mydata
        chengyu import coding.xlsx --sheet 2019 -o mydata-2019
        chengyu import coding.csv -o mydata && chengyu validate mydata
      """)

  @Argument(help: ArgumentHelp("The coding sheet: .xlsx or .csv (UTF-8, or GBK as Chinese Excel saves it).", valueName: "sheet"))
  var sheet: String
  @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Dataset folder to create.", valueName: "dir"))
  var output: String
  @Option(name: .customLong("sheet"), help: ArgumentHelp("For .xlsx: the sheet to read (default: the first).", valueName: "name"))
  var sheetName: String?
  @Flag(help: "Write into an existing folder that is not empty (its five dataset files are replaced).")
  var force = false
  /// The summary lines follow --lang; the SHEET:ROW: reason lines stay English (see docs/i18n.md).
  @OptionGroup var languageOptions: LanguageOptions

  enum Kind { case csv, xlsx }

  var kind: Kind? {
    let lower = sheet.lowercased()
    if lower.hasSuffix(".csv") { return .csv }
    if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") { return .xlsx }
    return nil
  }

  func validate() throws {
    guard let kind else {
      let hint = sheet.lowercased().hasSuffix(".xls") ? " (save an .xls workbook as .xlsx first)" : ""
      throw ValidationError("the coding sheet must be .xlsx or .csv\(hint)")
    }
    if sheetName != nil, kind == .csv { throw ValidationError("--sheet applies to .xlsx workbooks only") }
  }

  func run() throws {
    let lang = languageOptions.language
    let table = try readSheet()
    let reference = EmbeddedDataset.load()
    let directory = PlaceDirectory(reference: reference, gazetteer: .embedded)
    let result = SheetImporter(directory: directory, codebook: reference.codebook).run(table)
    // Every kind of problem is listed, each kind up to 200 lines (a sheet of 40,000 rows with one
    // wrong column must not print 40,000 lines).
    for line in DatasetError(issues: result.errors + result.warnings + result.notes).reportLines() {
      Diagnostics.printLine(line)
    }
    let label = TextSanitizer.clean(table.label)
    guard result.errors.isEmpty else {
      let n = result.errors.count
      Diagnostics.printError((n == 1 ? CLIReportMsg.importProblem : .importProblems).text(lang, n, label))
      throw ExitCode(65)
    }
    let files = result.files(directory: directory, codebookFiles: EmbeddedDataset.files)
    // The folder must load: check it in memory before anything reaches the disk.
    let contents = Dictionary(files.map { ($0.name, $0.bytes) }, uniquingKeysWith: { a, _ in a })
    let check = DatasetLoader.inspect(DatasetFiles(origin: output + "/", contents: contents), provenance: .optional)
    guard check.issues.isEmpty else {
      for line in DatasetError(issues: check.issues).reportLines() { Diagnostics.printLine(line) }
      Diagnostics.printError(CLIReportMsg.importBug.text(lang))
      throw ExitCode(1)
    }
    do {
      try DatasetFolder.write(files, to: output, force: force)
    } catch {
      Diagnostics.printError(TextSanitizer.clean(error.description))
      throw ExitCode(1)
    }
    let fromGazetteer = result.places.filter { p in
      if case .gazetteer = directory.places[p].origin { return true }
      return false
    }.count
    let dir = TextSanitizer.clean(output)
    Diagnostics.printError(
      CLIReportMsg.importWrote.text(lang, dir, result.agreements.count, result.places.count, fromGazetteer)
        + (check.warnings.isEmpty ? "" : CLIReportMsg.importWarnings.text(lang, check.warnings.count, dir)))
    Diagnostics.printError(CLIReportMsg.importNext.text(lang, dir))
  }

  private func readSheet() throws -> SheetTable {
    guard FileIO.exists(sheet) else {
      Diagnostics.printError("cannot read \(TextSanitizer.clean(sheet)): no such file")
      throw ExitCode(1)
    }
    switch kind! {
    case .csv:
      guard let bytes = FileIO.readAll(path: sheet) else {
        Diagnostics.printError("cannot read \(TextSanitizer.clean(sheet)): \(FileIO.lastErrorText())")
        throw ExitCode(1)
      }
      do {
        return try SheetTable.csv(bytes, label: sheet)
      } catch {
        Diagnostics.printLine(TextSanitizer.clean(error.description))
        throw ExitCode(65)
      }
    case .xlsx:
      do {
        return try XLSXWorkbook(path: sheet).table(sheet: sheetName)
      } catch {
        Diagnostics.printError(TextSanitizer.clean(error.description))
        if case .noSheet = error { throw ExitCode(64) }
        throw ExitCode(65)
      }
    }
  }
}
