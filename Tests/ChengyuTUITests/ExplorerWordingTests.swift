import ChengyuCore
import ChengyuTUI
import Testing

/// Issue 7 §3: the filter panel's first row, year stepping and jumps, `F`, the Policies issuer
/// column and filter, and the words the explorer uses for counts, ties and files.
@Suite struct ExplorerWordingTests {
  func selectedRow(_ s: AppState) -> FilterRow { s.filterRows()[s.list(ListKey(.filters)).selected] }

  @Test func filterPanelOpensOnItsFirstRow() {
    var s = explorer([.show(.filters), .move(5), .back])
    _ = reduce(&s, .show(.filters))
    #expect(s.list(ListKey(.filters)).selected == 0)
    #expect(selectedRow(s) == s.filterRows()[0])
  }

  @Test func yearsFromReachesTheFirstYearAndYearsToStepsRight() {
    let first = explorer().datasetYears.lowerBound
    let last = explorer().datasetYears.upperBound
    var s = explorer([.show(.filters), .move(1)])
    #expect(selectedRow(s) == .yearFrom)
    _ = reduce(&s, .adjust(1))
    #expect(s.filter.years == first...last)
    #expect(s.filterLabel(.yearFrom).value == "\(first)")
    _ = reduce(&s, .adjust(1))
    #expect(s.filter.years == (first + 1)...last)
    _ = reduce(&s, .adjust(-1))
    _ = reduce(&s, .adjust(-1))  // before the first year: back to "any"
    #expect(s.filter.years == nil)
    #expect(s.filterLabel(.yearFrom).value == "any")
    _ = reduce(&s, .move(1))
    #expect(selectedRow(s) == .yearTo)
    _ = reduce(&s, .adjust(1))
    #expect(s.filter.years == first...first)
    _ = reduce(&s, .adjust(1))
    #expect(s.filter.years == first...(first + 1))
    #expect(s.filterLabel(.yearTo).value == "\(first + 1)")
  }

  @Test func typingASettingsFirstLettersJumpsToIt() {
    var program = ExplorerProgram(dataset: embedded)
    _ = program.handle(.resize(Size(width: 80, height: 24)))
    _ = program.handle(.key(.char("f")))
    // "s", then "i" (in-region on other screens, a jump letter here): "Sichuan–Chongqing ties only".
    _ = program.handle(.key(.char("s")))
    _ = program.handle(.key(.char("i")))
    #expect(selectedRow(program.state) == .crossBorder)
    #expect(!program.state.filter.inRegionOnly)
    #expect(program.state.status?.hasPrefix("Jump: si") == true)
    // A word inside a label counts too: a domain by its English name (its first letter "e"
    // would open the export prompt elsewhere).
    let domain = embedded.codebook.domains[0]
    #expect(domain.nameEn.hasPrefix("E"))
    _ = program.handle(.key(.down))  // any other key ends the jump
    for c in TextMatch.fold(String(domain.nameEn.prefix(3))) { _ = program.handle(.key(.char(c))) }
    guard case .domain(let i) = selectedRow(program.state) else {
      Issue.record("expected a domain row, got \(selectedRow(program.state)), \(domain.nameEn), \(program.state.status ?? "")")
      return
    }
    #expect(TextMatch.fold(embedded.codebook.domains[i].nameEn).hasPrefix(TextMatch.fold(String(domain.nameEn.prefix(3)))))
    #expect(program.state.prompt == nil)
    // "y" jumps to "Years from" instead of clearing the years; j and k still move.
    _ = program.handle(.key(.char("y")))
    #expect(selectedRow(program.state) == .yearFrom)
    _ = program.handle(.key(.char("j")))
    #expect(selectedRow(program.state) == .yearTo)
    #expect(!frame(program.state).lines[23].contains("q quit"))
  }

  @Test func clearingFiltersClearsTheAggregationTooAndSaysSo() {
    var s = explorer([.cycleAggregation, .cycleFamily])
    #expect(s.filter.aggregation == .city)
    _ = reduce(&s, .clearFilters)
    #expect(s.filter == Filter())
    #expect(s.status == "Filters and aggregation (now signed) cleared")
  }

  @Test func policiesShowCentralOrProvincialAt80ColumnsAndFilterByIt() {
    let s = explorer([.show(.policies)])
    let lines = frame(s).lines
    #expect(lines[2].hasPrefix("Date↑      ID   C/P Issuer"))
    for (line, p) in s.policyRows().prefix(10).enumerated() {
      let letter = embedded.policies[p].issuerLevel == "central" ? "C" : "P"
      #expect(Array(lines[3 + line])[16] == Character(letter), "\(lines[3 + line])")
    }
    var f = explorer([.show(.filters)])
    _ = reduce(&f, .move(f.filterRows().firstIndex(of: .issuer(.central))!))
    _ = reduce(&f, .open)
    #expect(f.filter.issuerLevels == [.central])
    let central = embedded.policies.indices.filter { embedded.policies[$0].issuerLevel == "central" }
    #expect(Set(f.policyRows()) == Set(central))
    #expect(f.view.agreements.count == explorer().view.agreements.count)  // policies only
  }

  @Test func countsAreSingularForOneAndNodesAtEveryLevel() {
    let one = explorer([.setYears(2011...2011), .cycleFamily])
    #expect(one.view.agreements.count == 1)
    #expect(frame(one).lines[1].hasSuffix("· 1 agreement "))
    let provinces = explorer([.cycleAggregation, .cycleAggregation])
    #expect(provinces.filter.aggregation == .province)
    #expect(frame(provinces).lines[1].contains("\(provinces.view.graph.nodeCount) nodes"))
    #expect(!frame(provinces).lines[1].contains("cities"))
  }

  @Test func tieHeaderNamesTheCitiesInTheOrderOfItsRow() {
    for row in 0..<5 {
      let list = explorer([.show(.ties), .move(row)])
      let cells = frame(list).lines[3 + row].split(separator: " ")
      let tie = frame(explorer([.show(.ties), .move(row), .open])).lines[2]
      #expect(tie.hasPrefix(" \(cells[0]) – \(cells[1])"), "row \(row): \(cells.prefix(2)) vs \(tie)")
    }
  }

  @Test func defaultExportNameCarriesEveryActiveFilter() {
    var s = explorer([.cycleFamily, .toggleCrossBorder, .toggleInRegion, .setYears(2016...2018), .cycleAggregation,
                      .show(.filters)])
    _ = reduce(&s, .move(s.filterRows().firstIndex(of: .domain(0))!))
    _ = reduce(&s, .open)
    _ = reduce(&s, .move(s.filterRows().firstIndex(of: .issuer(.provincial))! - s.list(ListKey(.filters)).selected))
    _ = reduce(&s, .open)
    let domain = embedded.codebook.domains[0].id
    #expect(s.defaultExportBase == "chengyu-governance-\(domain)-2016-2018-inregion-crossborder-provincial-city")
    #expect(explorer().defaultExportBase == "chengyu-all-\(explorer().datasetYears.lowerBound)-\(explorer().datasetYears.upperBound)")
  }
}
