import ChengyuCore

/// What the runtime reports after trying to write an export.
public enum ExportOutcome: Hashable, Sendable {
  /// The files were written; the counts are the exported network's.
  case written(paths: [String], nodes: Int, ties: Int)
  /// `existing` (one of the files for `output`) is already there; nothing was written. `excel`
  /// is kept for the write the overwrite question may ask for.
  case exists(ExportFormat, output: String, existing: String, excel: Bool = false)
  /// Nothing was written, for the reason given (names the file).
  case failed(String)
}

/// The text typed in the export prompt, read as "FORMAT [FILE] [--excel]".
struct ExportRequest: Hashable {
  let format: ExportFormat
  let path: String
  /// A UTF-8 byte-order mark before CSV tables; only ever true for formats that have them.
  let excel: Bool

  /// The format used when the prompt is left empty.
  static let defaultFormat = ExportFormat.gexf
  /// The word that asks for a byte-order mark, as `chengyu export --excel` (for `:export …`,
  /// which has no panel to toggle it in).
  static let excelWord = "--excel"

  /// The format and output path of the prompt text, or a message saying what is wrong. An empty
  /// text means the default format; a missing file means `defaultBase` with the format's suffix.
  /// `excel` is the panel's toggle; `--excel` as the last word (or the first after the format)
  /// turns it on too. Formats without CSV tables ignore it.
  static func parse(_ text: String, defaultBase: String, excel: Bool = false, language: Language = .en)
    -> Result<ExportRequest, ExportRequestError>
  {
    let trimmed = text.trimmingSpaces
    let name = String(trimmed.prefix { $0 != " " })
    var file = String(trimmed.dropFirst(name.count)).trimmingSpaces
    var excel = excel
    if file == excelWord {
      (file, excel) = ("", true)
    } else if file.hasSuffix(" " + excelWord) {
      (file, excel) = (String(file.dropLast(excelWord.count)).trimmingSpaces, true)
    } else if file.hasPrefix(excelWord + " ") {
      (file, excel) = (String(file.dropFirst(excelWord.count)).trimmingSpaces, true)
    }
    guard name.isEmpty || ExportFormat(rawValue: TextMatch.fold(name)) != nil else {
      return .failure(ExportRequestError(message: TUIStatusMsg.unknownFormat.text(language, name, formatList)))
    }
    let format = ExportFormat(rawValue: TextMatch.fold(name)) ?? defaultFormat
    return .success(ExportRequest(
      format: format, path: file.isEmpty ? defaultPath(base: defaultBase, format) : file,
      excel: excel && format.hasCSVTables))
  }

  /// What the runtime is asked to do for this request.
  func effect(force: Bool = false) -> Effect { .export(format, path: path, force: force, excel: excel) }

  /// The formats, space-separated, in the order `chengyu export` lists them.
  static var formatList: String { ExportFormat.allCases.map(\.rawValue).joined(separator: " ") }

  /// `base` with the format's suffix: the file itself for one-file formats, a name that
  /// `ExportFormat.paths(for:)` turns into `base.edges.csv`, … for the others.
  static func defaultPath(base: String, _ format: ExportFormat) -> String {
    base + "." + (format.suffixes.count > 1 ? format.rawValue : format.suffixes[0])
  }
}

/// Why the export prompt's text cannot be used.
struct ExportRequestError: Error, Hashable {
  let message: String
}

extension AppState {
  /// The default file name (without suffix) for exporting the current network, naming every
  /// active filter so two exports of different views never share a name:
  /// `chengyu-<family or all>[-<types>][-<domains>]-<years>[-<levels>][-inregion][-crossborder]
  /// [-<issuers>][-<text>][-<aggregation>]`, e.g. `chengyu-governance-2016-2020-crossborder-city`.
  public var defaultExportBase: String {
    let f = filter
    let years = f.years ?? datasetYears
    var parts = ["chengyu", f.families.count == 1 ? f.families.first!.rawValue : "all"]
    if !f.mechanisms.isEmpty { parts.append(f.mechanisms.sorted().joined(separator: "+")) }
    if !f.domains.isEmpty { parts.append(f.domains.sorted().joined(separator: "+")) }
    parts.append(years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)-\(years.upperBound)")
    if !f.levels.isEmpty { parts.append(f.levels.sorted().map(\.rawValue).joined(separator: "+")) }
    if f.inRegionOnly { parts.append("inregion") }
    if f.crossBorderOnly { parts.append("crossborder") }
    if !f.issuerLevels.isEmpty { parts.append(f.issuerLevels.sorted().map(\.rawValue).joined(separator: "+")) }
    if !f.text.isEmpty { parts.append("text+" + f.text.split(separator: " ").joined(separator: "+")) }
    if f.aggregation != .signed { parts.append(f.aggregation.rawValue) }
    return Self.fileNameSafe(parts.joined(separator: "-"))
  }

  /// Letters (Chinese included), digits, `-`, `+` and `.` kept, anything else (slashes, spaces,
  /// control characters) as `_`; at most 120 characters so the suffixes still fit a file name.
  static func fileNameSafe(_ name: String) -> String {
    var out = ""
    for c in name.prefix(120) { out.append(c.isLetter || c.isNumber || "-+.".contains(c) ? c : "_") }
    return out
  }
}
