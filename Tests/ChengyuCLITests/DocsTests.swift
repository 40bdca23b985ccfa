import ChengyuCore
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
      ["compare", "--layers", "governance,collaboration", "--json", "--ties", "2"], ["show", "P024", "--json"],
    ] {
      let r = try CLI.run(args)
      #expect(r.status == 0, "\(args)")
      keys(try CLI.json(r), into: &all)
    }
    #expect(all.count > 40)
    let missing = all.filter { !doc.contains("`\($0)`") && !doc.contains("\"\($0)\"") }.sorted()
    #expect(missing.isEmpty, "undocumented JSON keys: \(missing)")
  }

  /// docs/i18n.md lists the Chinese term of every measure of the core's measure table.
  @Test func everyMeasureTermIsListed() throws {
    let doc = try String(contentsOf: CLI.root.appendingPathComponent("docs/i18n.md"), encoding: .utf8)
    let terms = MeasureTable.cities.flatMap { [$0.titleZh, $0.headerZh] } + MeasureTable.network.map(\.titleZh)
    let missing = terms.filter { !doc.contains($0) }
    #expect(missing.isEmpty, "terms missing from docs/i18n.md: \(missing)")
  }
}
