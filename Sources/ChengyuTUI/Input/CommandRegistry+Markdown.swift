extension CommandRegistry {
  /// Every command as a Markdown table (keys, long name, where, what it does), for
  /// docs/user-guide.md; a test checks the guide holds exactly this table.
  public static func markdownTable() -> String {
    var out = "| Keys | Command (`:` name) | Where | What it does |\n|---|---|---|---|\n"
    for c in all {
      let keys = c.keys.isEmpty ? "—" : c.keys.map { "`\(escape(Keymap.display($0)))`" }.joined(separator: " ")
      let scope: String
      switch c.scope {
      case .global: scope = "everywhere"
      case .screens(let kinds): scope = kinds.map(\.title).joined(separator: ", ")
      }
      out += "| \(keys) | `\(c.id)` | \(scope) | \(c.help) |\n"
    }
    return out
  }

  private static func escape(_ s: String) -> String { s == "|" ? "\\|" : s }
}
