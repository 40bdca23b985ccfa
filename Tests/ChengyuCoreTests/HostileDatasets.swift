import ChengyuCore
import Testing
import Foundation

/// Datasets built to break the loader (the targeted cases of issue 7 §6): the valid fixture with
/// rows appended, generated here because several are megabytes. Each is synthetic test input.
enum HostileDatasets {
  /// The valid fixture with `lines` appended to one file.
  static func valid(appending lines: [String], to name: String) -> [String: [UInt8]] {
    var files = Fixtures.files("valid")
    files[name]! += Array((lines.joined(separator: "\n") + "\n").utf8)
    return files
  }

  /// A cities.csv row: a district of province alpha under `parent`.
  static func district(_ id: String, parent: String, nameEn: String = "Test District") -> String {
    "\(id),测试区,\(nameEn),district,\(parent),alpha,,,,yes,whole,,,test fixture"
  }

  /// A name_en of one pinyin word `count` syllables long ("zhangzhang…").
  static func longPinyinName(_ syllable: String, _ count: Int) -> [String: [UInt8]] {
    Fixtures.valid("cities.csv", replacing: "Gamma District", with: String(repeating: syllable, count: count))
  }

  /// Districts d0…d(depth-1), each the parent of the next, below the prefecture beta.
  static func parentChain(depth: Int) -> [String: [UInt8]] {
    valid(appending: (0..<depth).map { district("d\($0)", parent: $0 == 0 ? "beta" : "d\($0 - 1)") }, to: "cities.csv")
  }

  /// Districts c0…c(n-1), each the parent of the previous one: one cycle of n members.
  static func parentCycle(members n: Int) -> [String: [UInt8]] {
    valid(appending: (0..<n).map { district("c\($0)", parent: "c\(($0 + 1) % n)") }, to: "cities.csv")
  }

  /// `count` districts p0… and one agreement T003 signed by all of them.
  static func agreement(parties count: Int) -> [String: [UInt8]] {
    var files = valid(appending: (0..<count).map { district("p\($0)", parent: "beta") }, to: "cities.csv")
    let parties = (0..<count).map { "p\($0)" }.joined(separator: ";")
    files["agreements.csv"]! += Array(
      "T003,2020,大协议,Big agreement,\(parties),forum,协议,roads,Synthetic.,https://example.org/t003,test fixture,high\n".utf8)
    return files
  }

  /// One agreement naming `count` party ids that no city has.
  static func unknownParties(_ count: Int) -> [String: [UInt8]] {
    let parties = (0..<count).map { "u\($0)" }.joined(separator: ";")
    return valid(appending: [
      "T003,2020,协议,Agreement,\(parties),forum,协议,roads,Synthetic.,https://example.org/t003,test fixture,high",
    ], to: "agreements.csv")
  }

  /// `count` agreements with the same impossible date.
  static func repeatedBadDate(_ count: Int) -> [String: [UInt8]] {
    valid(appending: (0..<count).map {
      "X\($0),2019-02-30,协议,Agreement,alpha;beta,forum,协议,roads,Synthetic.,https://example.org/x,test fixture,high"
    }, to: "agreements.csv")
  }

  /// policies.csv as one line of `count` commas.
  static func commas(_ count: Int) -> [String: [UInt8]] {
    var files = Fixtures.files("valid")
    files["policies.csv"] = [UInt8](repeating: 0x2C, count: count)
    return files
  }

  /// Writes dataset files into a new temporary folder and returns its path.
  static func folder(_ contents: [String: [UInt8]], name: String = #function) throws -> String {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("chengyu-hostile-\(getpid())-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for (file, bytes) in contents { FileManager.default.createFile(atPath: dir + "/" + file, contents: Data(bytes)) }
    return dir
  }
}
