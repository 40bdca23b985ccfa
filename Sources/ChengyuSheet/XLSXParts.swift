import Foundation

/// Readers for the parts of a workbook other than the sheets.
enum XLSXParts {
  /// A relationships part: id → (type, target).
  static func relationships(_ data: Data, part: String, path: String) throws(XLSXError) -> [String: (type: String, target: String)] {
    var result: [String: (type: String, target: String)] = [:]
    try XMLEvents.parse(data, part: part, path: path, start: { name, attributes in
      guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
      result[id] = (attributes["Type"] ?? "", target)
    })
    return result
  }

  /// The sheets in workbook order (name, relationship id) and whether dates use the 1904 system.
  static func workbook(_ data: Data, part: String, path: String) throws(XLSXError) -> (sheets: [(name: String, rid: String)], date1904: Bool) {
    var sheets: [(name: String, rid: String)] = []
    var date1904 = false
    try XMLEvents.parse(data, part: part, path: path, start: { name, attributes in
      if name == "workbookPr", let v = attributes["date1904"] { date1904 = v == "1" || v == "true" }
      if name == "sheet", let sheetName = attributes["name"], let rid = XMLEvents.attribute(attributes, "id", prefixed: true) {
        sheets.append((sheetName, rid))
      }
    })
    return (sheets, date1904)
  }

  /// The shared strings, each the text of its runs (phonetic runs, <rPh>, left out).
  static func sharedStrings(_ data: Data, part: String, path: String) throws(XLSXError) -> [String] {
    var strings: [String] = []
    var current = ""
    var inText = false
    var phonetic = 0
    try XMLEvents.parse(
      data, part: part, path: path,
      start: { name, _ in
        switch name {
        case "si": current = ""
        case "t": inText = true
        case "rPh": phonetic += 1
        default: break
        }
      },
      end: { name in
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
      },
      text: { s in if inText && phonetic == 0 { current += s } })
    return strings
  }

  /// The cell style indices (positions in <cellXfs>) whose number format shows a date.
  static func dateStyles(_ data: Data, part: String, path: String) throws(XLSXError) -> Set<Int> {
    var codes: [Int: String] = [:]
    var formats: [Int] = []
    var inCellXfs = false
    try XMLEvents.parse(
      data, part: part, path: path,
      start: { name, attributes in
        if name == "numFmt", let id = attributes["numFmtId"].flatMap(Int.init) { codes[id] = attributes["formatCode"] ?? "" }
        if name == "cellXfs" { inCellXfs = true }
        if name == "xf", inCellXfs { formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0) }
      },
      end: { name in if name == "cellXfs" { inCellXfs = false } })
    var result: Set<Int> = []
    for (i, id) in formats.enumerated() where ExcelDate.isDateFormat(id: id, code: codes[id]) { result.insert(i) }
    return result
  }
}
