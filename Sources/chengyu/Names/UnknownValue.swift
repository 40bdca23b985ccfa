import ArgumentParser
import ChengyuCore

/// A value on the command line that names nothing known, reported in one form for every kind:
/// `chengyu: unknown domain "x" (known: transport 交通, tourism 旅游, …)`, exit 64.
///
/// The enums are parsed by hand rather than through `ExpressibleByArgument`: they take Chinese
/// names too (`--family 治理`), and the parser's own message could not list them with their
/// Chinese names in this form.
struct UnknownValue {
  var kind: String
  var value: String
  /// The accepted values with their Chinese names, closest first when that is known.
  var known: [String]
  /// How many to list before "…".
  static let shown = 12

  var message: String {
    // The value is echoed, so it is cleaned (no escape sequences) and capped.
    let echoed = DisplayWidth.truncate(TextSanitizer.clean(value), to: 60)
    guard !known.isEmpty else { return "unknown \(kind) \"\(echoed)\" (nothing close; see: chengyu list cities)" }
    var list = known.prefix(Self.shown).joined(separator: ", ")
    if known.count > Self.shown { list += ", … \(known.count - Self.shown) more" }
    return "unknown \(kind) \"\(echoed)\" (known: \(list))"
  }

  /// Prints the message and gives the usage exit code to throw.
  func exit() -> ExitCode {
    Diagnostics.printError(message)
    return ExitCode(64)
  }
}
