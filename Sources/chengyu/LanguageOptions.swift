import ArgumentParser
import ChengyuCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// `--lang en|zh` on every command; without it the locale decides (`Language.fromLocale`).
struct LanguageOptions: ParsableArguments {
  @Option(name: .customLong("lang"), help: ArgumentHelp(
    "Language of tables and messages: en or zh (default: from LC_ALL, LC_MESSAGES or LANG).",
    valueName: "lang"))
  var code: String?

  func validate() throws {
    if let code, Language(code: code) == nil {
      throw UnknownValue(kind: "language", value: code, known: Language.allCases.map { "\($0.rawValue) \($0.nativeName)" })
        .exit()
    }
  }

  /// The language to use.
  var language: Language {
    if let code, let l = Language(code: code) { return l }
    return Language.fromLocale { name in getenv(name).map { String(cString: $0) } }
  }
}
