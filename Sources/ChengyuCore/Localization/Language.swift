/// The language of the interface: English or Chinese (simplified).
///
/// Chosen by `--lang en|zh` on every command, else by the locale: the first of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that is set and not empty decides, and a value starting with `zh` means
/// Chinese (POSIX precedence, so `LC_ALL=C` overrides `LANG=zh_CN.UTF-8`). Ids, JSON keys, CSV
/// exports and exit codes are English in both (scripts depend on them).
public enum Language: String, CaseIterable, Sendable {
  case en, zh

  /// A language named on the command line: `en`, `zh`, or a locale name such as `zh_CN.UTF-8`,
  /// `zh-Hans` or `en_GB` (the part before `_`, `-` or `.` decides); nil for anything else.
  public init?(code: String) {
    let base = TextMatch.fold(String(code.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }))
    switch base {
    case "en", "english": self = .en
    case "zh", "chinese", "中文": self = .zh
    default: return nil
    }
  }

  /// The language the locale asks for; `environment` looks up a variable (nil when unset).
  public static func fromLocale(_ environment: (String) -> String?) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment(name), !value.isEmpty else { continue }
      return value.hasPrefix("zh") ? .zh : .en
    }
    return .en
  }

  /// The language's own name, for lists of choices.
  public var nativeName: String { self == .en ? "English" : "中文" }
}
