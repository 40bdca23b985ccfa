import ChengyuCore

/// A key script: the text form of scripted input for `HeadlessBackend` (tests and
/// `--script` runs, like visidata's `--play` or tig's `TIG_SCRIPT`).
///
/// Tokens are separated by spaces or newlines; `#` starts a comment. A token is a key name
/// (`Key("…")`: `j`, `ctrl+d`, `shift+tab`, `enter`), `resize:WxH`, `hangup`, `tick` (the
/// run loop's timeout, as when playing the growth), or `type:TEXT`, which types each character of TEXT.
public enum InputScript {
  /// A token that names nothing, with its 1-based line.
  public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line of the script where the token stands.
    public var line: Int
    /// The token as written.
    public var token: String
    /// What is wrong with it, naming the token (sanitized and cut: scripts are untrusted).
    public var reason: String
    /// An error for `token` on `line`.
    public init(line: Int, token: String, reason: String? = nil) {
      self.line = line
      self.token = token
      self.reason = reason ?? "unknown key or event '\(Self.shown(token))'"
    }
    public var description: String { "line \(line): \(reason)" }

    /// The token as a message shows it: no control characters, at most 60 characters.
    static func shown(_ token: String) -> String {
      let clean = TextSanitizer.clean(token)
      return clean.count > 60 ? String(clean.prefix(59)) + "…" : clean
    }
  }

  /// The events of `text`, in order.
  public static func parse(_ text: String) throws(ParseError) -> [InputEvent] {
    var result: [InputEvent] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        .first ?? ""
      for token in line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
        let token = String(token)
        if token.hasPrefix("resize:"), Size(parsing: String(token.dropFirst(7))) == nil {
          throw ParseError(
            line: index + 1, token: token,
            reason: "bad size in '\(ParseError.shown(token))' (use resize:WxH, each side 0 to \(Size.maximum))")
        }
        guard let parsed = Self.events(for: token) else {
          throw ParseError(line: index + 1, token: token)
        }
        result += parsed
      }
    }
    return result
  }

  private static func events(for token: String) -> [InputEvent]? {
    if token == "hangup" { return [.hangup] }
    if token == "tick" { return [.timeout] }
    if token.hasPrefix("resize:") {
      return Size(parsing: String(token.dropFirst(7))).map { [.resize($0)] }
    }
    if token.hasPrefix("type:") && token.count > 5 {
      return token.dropFirst(5).map { .key(.char($0)) }
    }
    return Key(token).map { [.key($0)] }
  }
}
