import ChengyuCore

/// The Chengdu–Chongqing dataset compiled into the binary (a copy of `data/`).
public enum EmbeddedDataset {
  /// The raw files, as `DatasetLoader` reads them.
  public static var files: DatasetFiles {
    DatasetFiles(origin: "embedded:", contents: EmbeddedFiles.contents.mapValues { Array($0.utf8) })
  }

  /// The embedded dataset, loaded. It is validated by the test suite, so loading cannot fail.
  public static func load() -> Dataset {
    do {
      return try DatasetLoader.load(files)
    } catch {
      fatalError("embedded dataset is invalid:\n\(error)")
    }
  }
}
