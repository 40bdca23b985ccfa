import ArgumentParser
import ChengyuCore
import ChengyuData

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// `--data DIR` (or `CHENGYU_DATA`): which dataset to load; the embedded one by default.
struct DataOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(
    "Load the dataset in this folder instead of the embedded Chengdu–Chongqing data (also CHENGYU_DATA).",
    valueName: "dir"))
  var data: String?

  func validate() throws {
    if data?.isEmpty == true {
      throw ValidationError("--data needs a folder name (leave it out for the embedded data)")
    }
  }

  /// The folder to load, if any: the option first, then the environment.
  var directory: String? {
    if let data { return data }
    if let env = getenv("CHENGYU_DATA"), env.pointee != 0 { return String(cString: env) }
    return nil
  }

  /// Loads the dataset, or prints every problem to stderr and exits with 65 (data error). A
  /// load longer than half a second draws a bar on stderr when it is a terminal (`LoadingBar`).
  /// A command that reads only some of the agreements' text names those fields in `keepingText`
  /// (the others read as "", and a big file's bytes are not kept; the embedded data keeps all).
  func load(
    language: Language = .en,
    keepingText: Set<AgreementStore.TextField> = Set(AgreementStore.TextField.allCases)
  ) throws -> Dataset {
    guard let dir = directory else { return EmbeddedDataset.load() }
    let bar = LoadingBar(language: language)
    defer { bar.finish() }
    do {
      // A researcher's own folder may lack sources (warnings, listed by `chengyu validate DIR`).
      return try DatasetLoader.load(
        directory: dir, provenance: .optional, keepingText: keepingText, progress: bar.update)
    } catch {
      Diagnostics.printError("cannot load dataset \(Diagnostics.echo(dir, limit: 300)):\n\(error.description)")
      throw ExitCode(65)
    }
  }
}
