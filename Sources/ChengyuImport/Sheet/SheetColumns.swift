import ChengyuCore

/// The columns of a coding sheet Chengyu reads, each under its English and Chinese headers.
public enum SheetField: String, CaseIterable, Sendable {
  case id, date, title, titleEn = "title_en", parties, mechanism, domains, kind, summary
  case source, evidence, confidence, province, parent

  /// Accepted headers, matched after trimming, lower-casing ASCII and removing spaces,
  /// underscores and hyphens; the first two are the names messages use.
  public var headers: [String] {
    switch self {
    case .id: ["id", "编号", "序号", "协议编号"]
    case .date: ["date", "日期", "签署日期", "签订日期", "签约日期", "时间"]
    case .title: ["title", "标题", "title_zh", "协议名称", "名称", "协议标题"]
    case .titleEn: ["title_en", "英文标题", "英文名称", "englishtitle"]
    case .parties: ["parties", "签署方", "签约方", "参与方", "缔约方", "协议主体", "signatories"]
    case .mechanism: ["mechanism", "机制", "机制类型", "协调机制"]
    case .domains: ["domains", "领域", "domain", "合作领域", "政策领域"]
    case .kind: ["kind", "文本形式", "kind_zh", "协议形式", "文件形式"]
    case .summary: ["summary", "摘要", "summary_en", "内容摘要"]
    case .source: ["source", "来源", "source_url", "url", "链接", "网址", "出处"]
    case .evidence: ["evidence", "证据", "依据", "来源说明"]
    case .confidence: ["confidence", "可信度", "置信度"]
    case .province: ["province", "省份", "省"]
    case .parent: ["parent", "上级", "所属", "上级政府", "所属城市"]
    }
  }

  /// `签署方/parties`: how messages name the column.
  public var label: String { "\(headers[1])/\(headers[0])" }

  static let lookup: [String: SheetField] = {
    var map: [String: SheetField] = [:]
    for f in allCases { for h in f.headers { map[key(h)] = f } }
    return map
  }()

  /// The form headers are compared in.
  static func key(_ header: String) -> String {
    String(String.UnicodeScalarView(ChineseNames.trimmed(header).unicodeScalars.compactMap { s in
      if s == " " || s == "_" || s == "-" || s == "\u{3000}" { return nil }
      if s.value >= 65 && s.value <= 90 { return Unicode.Scalar(s.value + 32) }
      return s
    }))
  }

  /// The field a header names, or nil.
  public init?(header: String) {
    guard let f = Self.lookup[Self.key(header)] else { return nil }
    self = f
  }

  /// Columns an import needs.
  static let required: [SheetField] = [.date, .title, .parties, .mechanism]
}

/// Where each field is in a sheet: found from its header row.
struct SheetColumns {
  let headerRow: Int
  var index: [SheetField: Int] = [:]

  /// Reads the header row, reporting repeated and missing columns as errors and columns that
  /// are not read as warnings.
  init(header: SheetRow, sheet: String, errors: inout [DatasetIssue], warnings: inout [DatasetIssue]) {
    headerRow = header.number
    var unused: [String] = []
    for (i, cell) in header.cells.enumerated() {
      let name = ChineseNames.trimmed(cell.text)
      guard !name.isEmpty else { continue }
      guard let field = SheetField(header: name) else {
        unused.append(name)
        continue
      }
      if let first = index[field] {
        errors.append(DatasetIssue(
          file: sheet, line: header.number,
          reason: "columns \(first + 1) and \(i + 1) are both \(field.label)"))
      } else {
        index[field] = i
      }
    }
    let missing = SheetField.required.filter { index[$0] == nil }
    if !missing.isEmpty {
      errors.append(DatasetIssue(
        file: sheet, line: header.number,
        reason: "missing column\(missing.count == 1 ? "" : "s") \(missing.map(\.label).joined(separator: ", ")) (the header is the first row naming 日期, 标题, 签署方 and 机制 among the first ten)"))
    }
    if !unused.isEmpty {
      warnings.append(DatasetIssue(
        file: sheet, line: header.number,
        reason: "warning: column\(unused.count == 1 ? "" : "s") not read: \(unused.joined(separator: ", "))"))
    }
  }

  /// The text of a field in a row, trimmed; "" when the sheet has no such column.
  func text(_ field: SheetField, _ row: SheetRow) -> String {
    guard let i = index[field] else { return "" }
    return ChineseNames.trimmed(row[i].text)
  }

  func value(_ field: SheetField, _ row: SheetRow) -> SheetValue {
    guard let i = index[field] else { return .empty }
    return row[i]
  }
}
