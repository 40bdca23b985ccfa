/// Writes RFC 4180 CSV: fields joined by commas, records ended by CRLF, a field quoted only when it
/// holds a comma, a double quote, CR or LF (quotes inside are doubled).
///
/// Shared by `chengyu list --format csv` and the exporters so every CSV Chengyu writes reads back
/// with its own `CSVReader` and with Python's `csv` module.
public enum CSVWriter {
  /// Record terminator; RFC 4180 says CRLF, and every CSV reader accepts it.
  public static let lineEnd = "\r\n"

  /// One field, quoted when needed.
  public static func field(_ text: String) -> String {
    let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard needsQuotes else { return text }
    var out = "\""
    for c in text.unicodeScalars {
      if c == "\"" { out += "\"\"" } else { out.unicodeScalars.append(c) }
    }
    return out + "\""
  }

  /// One record with its line end. A record of one empty field is written `""`: an empty line
  /// would be a blank line, which readers (ours and Python's) skip.
  public static func record(_ fields: [String]) -> String {
    if fields == [""] { return "\"\"" + lineEnd }
    return fields.map(field).joined(separator: ",") + lineEnd
  }

  /// A whole document: the header record, then one record per row.
  public static func document(header: [String], rows: [[String]]) -> String {
    var out = record(header)
    for row in rows { out += record(row) }
    return out
  }
}
