/// How a long list of dataset problems is shown: every kind of problem is listed, but each kind
/// only up to a limit, so 40,000 copies of one bad cell do not print megabytes.
extension DatasetError {
  /// Problems shown per kind before the rest are summed up.
  public static let shownPerKind = 200

  /// The report, one line per problem (`file:line: reason`), at most `limit` per kind in the
  /// order found, then for each cut kind one line "file: … and N more of the same kind (reason)".
  public func reportLines(perKind limit: Int = DatasetError.shownPerKind) -> [String] {
    var shown: [String: Int] = [:]
    var hidden: [(kind: String, example: DatasetIssue, count: Int)] = []
    var hiddenIndex: [String: Int] = [:]
    var lines: [String] = []
    for issue in issues {
      let kind = issue.kind
      let n = shown[kind, default: 0]
      if n < limit {
        shown[kind] = n + 1
        lines.append(issue.description)
      } else if let h = hiddenIndex[kind] {
        hidden[h].count += 1
      } else {
        hiddenIndex[kind] = hidden.count
        hidden.append((kind, issue, 1))
      }
    }
    for h in hidden {
      lines.append("\(h.example.file): … and \(h.count) more of the same kind (\(DatasetIssue.template(h.example.reason)))")
    }
    return lines
  }
}

extension DatasetIssue {
  /// Longest quoted value a message repeats from the data; longer ones are cut with "…".
  static let quotedLimit = 60

  /// What kind of problem this is: the file and the reason with its quoted values and numbers
  /// blanked, so "line 4: bad date "x"" and "line 9: bad date "y"" are of one kind.
  var kind: String { file + "\u{0}" + Self.template(reason) }

  /// The reason with every quoted value replaced by "…" and every number by "N"; after a ": "
  /// only "…" is kept, since what follows lists values (a cycle's members, missing columns).
  static func template(_ reason: String) -> String {
    var reason = Substring(reason)
    var cut = false
    if let colon = reason.firstRange(of: ": ") {
      reason = reason[..<colon.lowerBound]
      cut = true
    }
    var out = ""
    var inQuote = false
    var inNumber = false
    for ch in reason {
      if ch == "\"" {
        if !inQuote { out += "\"…\"" }
        inQuote.toggle()
        continue
      }
      if inQuote { continue }
      if ch.isASCII, ch.isNumber {
        if !inNumber { out.append("N") }
        inNumber = true
        continue
      }
      inNumber = false
      out.append(ch)
    }
    return cut ? out + ": …" : out
  }

  /// The reason with quoted values longer than `quotedLimit` characters cut, so a 200 KB cell
  /// does not become a 200 KB message.
  static func shortened(_ reason: String) -> String {
    guard reason.utf8.count > quotedLimit else { return reason }
    var out = ""
    var quoted: [Character] = []
    var inQuote = false
    for ch in reason {
      if ch == "\"" {
        if inQuote {
          out += quoted.count > quotedLimit ? String(quoted.prefix(quotedLimit - 1)) + "…" : String(quoted)
          quoted.removeAll()
        }
        inQuote.toggle()
        out.append(ch)
      } else if inQuote {
        quoted.append(ch)
      } else {
        out.append(ch)
      }
    }
    // An unclosed quote: keep what was there, cut the same way.
    if inQuote { out += quoted.count > quotedLimit ? String(quoted.prefix(quotedLimit - 1)) + "…" : String(quoted) }
    return out
  }
}
