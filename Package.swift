// swift-tools-version:6.0
import PackageDescription

// Module rule: ChengyuCore has no terminal code; CNcursesw is imported by ChengyuNcurses only;
// ChengyuTUI renders into an in-memory screen and never touches the terminal.
let package = Package(
  name: "Chengyu",
  products: [
    .executable(name: "chengyu", targets: ["chengyu"]),
    .library(name: "ChengyuCore", targets: ["ChengyuCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .target(name: "ChengyuCore"),
    .target(name: "ChengyuData", dependencies: ["ChengyuCore"]),
    // Coding sheets → dataset folders (names, gazetteer, template); no Foundation, like the core.
    .target(name: "ChengyuImport", dependencies: ["ChengyuCore"]),
    // .xlsx reading: the only module with Foundation (ZIPFoundation, FoundationXML's XMLParser).
    .target(name: "ChengyuSheet", dependencies: [
      "ChengyuImport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
    ]),
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(name: "ChengyuTUI", dependencies: ["ChengyuCore"]),
    .target(name: "ChengyuNcurses", dependencies: ["ChengyuTUI", "CNcursesw"]),
    .executableTarget(
      name: "chengyu",
      dependencies: [
        "ChengyuCore", "ChengyuData", "ChengyuTUI", "ChengyuNcurses", "ChengyuImport", "ChengyuSheet",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "ChengyuBench", dependencies: ["ChengyuCore"]),
    .testTarget(
      name: "ChengyuCoreTests", dependencies: ["ChengyuCore", "ChengyuData"],
      exclude: ["Fixtures"]  // read from disk via #filePath, not bundled
    ),
    .testTarget(
      name: "ChengyuTUITests", dependencies: ["ChengyuTUI", "ChengyuCore", "ChengyuData", "ChengyuNcurses"],
      exclude: ["Snapshots"]  // read from disk via #filePath, not bundled
    ),
    .testTarget(
      name: "ChengyuImportTests", dependencies: ["ChengyuImport", "ChengyuSheet", "ChengyuCore", "ChengyuData"],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "ChengyuCLITests", dependencies: ["ChengyuCore"], exclude: ["Fixtures"]),
    .testTarget(name: "ChengyuEndToEndTests", dependencies: []),
  ],
  swiftLanguageModes: [.v6]
)
