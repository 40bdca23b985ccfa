/// The English and Chinese text of one message.
public struct LocalizedText: Sendable, Hashable {
  public let en: String
  public let zh: String

  public init(_ en: String, _ zh: String) {
    self.en = en
    self.zh = zh
  }

  public func text(_ language: Language) -> String { language == .en ? en : zh }
}

/// A key of the message catalogue: every user-facing string of the program is one case of an
/// enum conforming to this, whose `texts` gives it in both languages (an exhaustive `switch`, so
/// a key without text does not compile; `CatalogueTests` checks that neither text is empty and
/// that both have the same placeholders).
///
/// Placeholders are `{1}`, `{2}` …, filled in order by `text(_:_:)`; the Chinese text may put them
/// in another order. Areas of the program have their own enums (`Msg` for shared vocabulary,
/// `CLIMsg` for the command line; the explorer adds its own), listed in `MessageCatalogue.all`.
public protocol MessageKey: CaseIterable, Sendable, RawRepresentable where RawValue == String {
  var texts: LocalizedText { get }
}

extension MessageKey {
  /// The message in `language`, with `{1}`, `{2}` … replaced by the arguments.
  public func text(_ language: Language, _ arguments: any CustomStringConvertible...) -> String {
    MessageCatalogue.fill(texts.text(language), arguments.map(\.description))
  }
}

/// Every catalogue area, for the completeness test and for tools that list the strings.
public enum MessageCatalogue {
  /// Every key of every area: its qualified name and its texts.
  public static var all: [(key: String, texts: LocalizedText)] {
    entries(Msg.self) + entries(CLIMsg.self) + entries(CLIReportMsg.self) + entries(TUIMsg.self) + entries(TUICommandMsg.self)
      + entries(TUIHintMsg.self) + entries(TUIStatusMsg.self) + entries(TUIAnalysisMsg.self) + entries(TUIPictureMsg.self)
      + entries(WorkMsg.self)
  }

  /// An area's keys with their qualified names ("TUIMsg.tabCities").
  static func entries<K: MessageKey>(_ area: K.Type) -> [(key: String, texts: LocalizedText)] {
    K.allCases.map { ("\(K.self).\($0.rawValue)", $0.texts) }
  }

  /// The placeholders (`{1}` …) a text uses, in order of first appearance.
  public static func placeholders(_ text: String) -> [Int] {
    var found: [Int] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}"), let n = Int(after[..<close]) else {
        rest = after
        continue
      }
      if !found.contains(n) { found.append(n) }
      rest = after[after.index(after: close)...]
    }
    return found
  }

  /// `template` with `{n}` replaced by `arguments[n - 1]` (an unknown placeholder stays as is).
  public static func fill(_ template: String, _ arguments: [String]) -> String {
    guard !arguments.isEmpty, template.contains("{") else { return template }
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let after = rest[rest.index(after: open)...]
      if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), (1...arguments.count).contains(n) {
        out += arguments[n - 1]
        rest = after[after.index(after: close)...]
      } else {
        out += "{"
        rest = after
      }
    }
    return out + rest
  }
}
