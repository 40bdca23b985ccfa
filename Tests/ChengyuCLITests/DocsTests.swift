import Foundation
import Testing

/// docs/cli.md promises stable JSON shapes: every key the binary prints must be documented there.
@Suite struct DocsTests {
  private func keys(_ value: Any, into set: inout Set<String>) {
    if let object = value as? [String: Any] {
      for (k, v) in object {
        set.insert(k)
        keys(v, into: &set)
      }
    } else if let array = value as? [Any] {
      for v in array { keys(v, into: &set) }
    }
  }

  @Test func everyJSONKeyIsDocumented() throws {
    let doc = try String(contentsOf: CLI.root.appendingPathComponent("docs/cli.md"), encoding: .utf8)
    var all = Set<String>()
    for args in [
      ["stats", "--json"], ["list", "cities", "--format", "json"], ["list", "ties", "--format", "json"],
      ["list", "agreements", "--format", "json"], ["list", "policies", "--format", "json"],
      ["show", "chengdu", "--json"], ["show", "chengdu", "--ego", "--json"], ["show", "A001", "--json"], ["show", "P003", "--json"],
      ["show", "成都", "重庆", "--aggregate", "city", "--json"],
      ["stats", "--measures", "--json"], ["compare", "--periods", "2011-2015,2016-2017", "--json"],
    ] {
      let r = try CLI.run(args)
      #expect(r.status == 0, "\(args)")
      keys(try CLI.json(r), into: &all)
    }
    #expect(all.count > 40)
    let missing = all.filter { !doc.contains("`\($0)`") && !doc.contains("\"\($0)\"") }.sorted()
    #expect(missing.isEmpty, "undocumented JSON keys: \(missing)")
  }
}
