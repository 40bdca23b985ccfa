import ChengyuCore
import ChengyuTUI
import Testing

/// What snapshots cannot show: styles, column alignment with Chinese names, ASCII mode.
@Suite struct RenderingTests {
  @Test func cursorCoversTheFirstColumnOnly() {
    let f = frame(explorer([.move(1)]))
    let firstColumn = DisplayWidth.of("城市           ") - 1
    let isCursor = { (s: Style) in s == Style.role(.selection) }
    #expect(f.styles(row: 4).prefix(firstColumn).allSatisfy(isCursor))
    #expect(!f.styles(row: 4).dropFirst(firstColumn).contains(where: isCursor))
    #expect(!f.styles(row: 3).contains(where: isCursor))
  }

  @Test func cursorDownChangesOnlyTheTwoCursorCells() {
    let before = frame(explorer([.move(3)]))
    let after = frame(explorer([.move(4)]))
    var changed: [Int: Int] = [:]
    for y in 0..<24 {
      for x in 0..<80 where before[x: x, y: y] != after[x: x, y: y] { changed[y, default: 0] += 1 }
    }
    #expect(Set(changed.keys) == [6, 7])
    #expect(changed.values.allSatisfy { $0 <= 14 })
  }

  @Test(arguments: [80, 100, 160])
  func timelineBarsAreProportionalPerFamily(width: Int) {
    let s = explorer(Size(width: width, height: 30), [.show(.timeline)])
    let lines = frame(s).lines
    let counts = Timeline(view: embedded.view()).countsByYear()
    func bars(_ year: Int) -> (g: Int, c: Int) {
      let line = lines.first { $0.hasPrefix("  \(year) ") }!
      return (line.filter { $0 == "█" }.count, line.filter { $0 == "▒" }.count)
    }
    for r in counts {
      let (g, c) = bars(r.year)
      #expect((g > 0) == (r.governance > 0) && (c > 0) == (r.collaboration > 0), "\(r.year)")
      // Equal counts draw equal bars; a larger count never draws a shorter one.
      if r.governance == r.collaboration { #expect(g == c, "\(r.year): \(g) vs \(c)") }
      if r.governance < r.collaboration { #expect(g <= c, "\(r.year)") }
    }
  }

  @Test func mechanismLetterCarriesItsFamilyRole() {
    let s = explorer([.show(.agreements)])
    let f = frame(s)
    let column = DisplayWidth.of("2011-09-24 A001 ")
    for (line, index) in s.agreementRows().prefix(10).enumerated() where line > 0 {
      let family = embedded.agreements[index].family
      let cell = f[x: column, y: 3 + line]
      #expect(cell.grapheme == String(family.letter))
      #expect(cell.style.fg == (family == .governance ? .governance : .collaboration))
    }
  }

  @Test(arguments: [80, 120, 200])
  func cityColumnsAlignWithChineseNames(width: Int) {
    let s = explorer(Size(width: width, height: 40), [])
    let lines = frame(s).lines
    let levelColumn = DisplayWidth.of(lines[2].prefix { $0 != "L" } )
    for (i, node) in s.cityRows().prefix(30).enumerated() {
      let line = lines[3 + i]
      let level = s.view.city(node: node).level.rawValue
      let start = line.range(of: " " + level + " ")!.lowerBound
      #expect(DisplayWidth.of(line[..<start]) + 1 == levelColumn, "row \(i): \(line)")
      #expect(DisplayWidth.of(line) == width)
    }
  }

  @Test func timelineSaysHowManyPoliciesDoNotFit() {
    let s = explorer(Size(width: 60, height: 16), [.show(.timeline), .move(5)])
    let year = s.timelineRows()[5].year
    let count = embedded.policies.filter { $0.date.year == year }.count
    let text = frame(s).lines.joined(separator: "\n")
    #expect(text.contains("Policies \(year): \(count)"))
    #expect(text.contains("+\(count) more on the Policies tab (key 4)"))
    let tall = frame(explorer(Size(width: 60, height: 30), [.show(.timeline), .move(5)])).lines.joined(separator: "\n")
    #expect(!tall.contains("more on the Policies tab"))
    for p in embedded.policies where p.date.year == year { #expect(tall.contains(p.id)) }
  }

  @Test func asciiModeDrawsOnlyASCIIOnEveryScreen() {
    let screens: [[Action]] = [
      [], [.show(.city(cityIndex("chengdu")))], [.show(.ties), .open], [.show(.agreements), .open],
      [.show(.policies), .open], [.show(.timeline)], [.show(.measures)], [.show(.help)], [.show(.filters)],
    ]
    for actions in screens {
      for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
        let lines = frame(explorer(size, ascii: true, actions)).lines
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "\(actions) at \(size)")
      }
    }
  }

  @Test(arguments: [Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 59, height: 40), Size(width: 300, height: 15)])
  func tinyAndOddSizesShowTheNoticeWithoutCrashing(size: Size) {
    let lines = frame(explorer(size, [])).lines
    #expect(lines.count == size.height)
    if size.width >= 20 { #expect(lines.joined().contains("Terminal too small")) }
  }

  @Test func everyFrameIsExactlyTheTerminalSize() {
    for actions: [Action] in [[], [.show(.timeline)], [.show(.city(cityIndex("chongqing")))], [.beginCommand]] {
      for size in [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 133, height: 41)] {
        let lines = frame(explorer(size, actions)).lines
        #expect(lines.count == size.height)
        #expect(lines.allSatisfy { DisplayWidth.of($0) == size.width })
      }
    }
  }
}

extension RenderingTests {
  @Test func searchMatchesAreUnderlined() {
    let s = explorer([.beginSearch, .promptInput("suin")])
    let f = frame(s)
    let line = f.lines[3]
    #expect(line.contains("Suining"))
    let start = DisplayWidth.of(line.prefix { $0 != "S" })
    let underlined = (0..<80).filter { f[x: $0, y: 3].style.underline }
    #expect(underlined == Array(start..<start + 4))
    let chinese = frame(explorer([.beginSearch, .promptInput("遂宁")]))
    #expect((0..<80).filter { chinese[x: $0, y: 3].style.underline } == [0, 1, 2, 3])  // two wide glyphs and their continuations
  }
}
