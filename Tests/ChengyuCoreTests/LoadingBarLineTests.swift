import ChengyuCore
import Testing

/// The command line's loading bar without the terminal: its text for a share done, in both
/// languages, and when it is (re)drawn.
@Suite struct LoadingBarLineTests {
  @Test func theTextFillsOneCellPerShareOfTheWidth() {
    #expect(LoadingBarLine.text(0, language: .en, width: 10) == "loading [          ] 0%")
    #expect(LoadingBarLine.text(0.45, language: .en, width: 10) == "loading [####      ] 45%")
    #expect(LoadingBarLine.text(1, language: .en, width: 10) == "loading [##########] 100%")
    let line = LoadingBarLine.text(0.5, language: .en)
    #expect(line == "loading [" + String(repeating: "#", count: 15) + String(repeating: " ", count: 15) + "] 50%")
  }

  @Test func sharesOutsideTheRangeAreClamped() {
    #expect(LoadingBarLine.text(1.7, language: .en, width: 4) == "loading [####] 100%")
    #expect(LoadingBarLine.text(-0.2, language: .en, width: 4) == "loading [    ] 0%")
    #expect(LoadingBarLine.text(.nan, language: .en, width: 4) == "loading [    ] 0%")
  }

  @Test func chineseTextKeepsTheBarAndIsTwoColumnsPerCharacter() {
    let zh = LoadingBarLine.text(0.3, language: .zh, width: 10)
    #expect(zh == "正在载入 [###       ] 30%")
    // 4 Chinese characters (8 columns), a space, the 12-cell bar, " 30%".
    #expect(DisplayWidth.of(zh) == 8 + 1 + 12 + 4)
  }

  @Test func nothingIsDrawnBeforeTheDelay() {
    var bar = LoadingBarLine(language: .en, width: 4)
    #expect(bar.update(0.2, elapsed: .milliseconds(100)) == nil)
    #expect(bar.update(0.6, elapsed: .milliseconds(500)) == nil)  // "more than" half a second
    #expect(!bar.drawn)
    #expect(bar.update(0.6, elapsed: .milliseconds(501)) == "loading [##  ] 60%")
    #expect(bar.drawn && bar.shown == 60)
  }

  @Test func aLineIsDrawnOnlyWhenThePercentageChanges() {
    var bar = LoadingBarLine(language: .en, width: 4, delay: .zero)
    let shares = [0.001, 0.004, 0.25, 0.251, 0.259, 0.26, 1, 1]
    let lines = shares.compactMap { bar.update($0, elapsed: .milliseconds(1)) }
    #expect(lines == ["loading [    ] 0%", "loading [#   ] 25%", "loading [#   ] 26%", "loading [####] 100%"])
  }

  @Test func aZeroDelayDrawsAtOnceButNotAtTimeZero() {
    var bar = LoadingBarLine(language: .en, width: 2, delay: .zero)
    #expect(bar.update(0.5, elapsed: .zero) == nil)
    #expect(bar.update(0.5, elapsed: .nanoseconds(1)) == "loading [# ] 50%")
  }
}
