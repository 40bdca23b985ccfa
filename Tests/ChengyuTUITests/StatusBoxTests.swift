import ChengyuCore
import Foundation
import Testing

@testable import ChengyuTUI

/// A status message wider than the hint bar is shown whole in a box above it (wrapped by display
/// width), not cut at the bar's width.
@Suite struct StatusBoxTests {
  static let folder = "/data/projects/成渝城市群/府际合作/2016-2020/exports/governance/by-city/very/deep/folder"
  static let failure = Action.exportFinished(.failed("cannot write \(folder)/network.gexf: folder \(folder) does not exist"))

  /// The box's text lines (between its rule and the hint bar), without the leading space.
  private func boxLines(_ lines: [String], title: String) -> [String] {
    guard let top = lines.lastIndex(where: { $0.hasPrefix("─ \(title) ") }) else { return [] }
    return lines[(top + 1)..<(lines.count - 1)].map { String($0.dropFirst()).trimmingCharacters(in: .whitespaces) }
  }

  @Test func aLongMessageIsShownWhole() {
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
      let state = explorer(size, [Self.failure])
      let status = state.status!
      #expect(DisplayWidth.of(status) > size.width)
      let lines = frame(state).lines
      let box = boxLines(lines, title: "Message")
      #expect(box.count >= 2, "\(lines.suffix(6))")
      // All of the message is there, in order (lines break at spaces, or inside a long path).
      #expect(box.joined().filter { $0 != " " } == status.filter { $0 != " " }, "\(box)")
      #expect(box.allSatisfy { DisplayWidth.of($0) <= size.width - 2 })
      // The bar keeps the start of it, cut with an ellipsis.
      #expect(lines[size.height - 1].hasPrefix(" Not exported: cannot write /data/"))
      #expect(lines[size.height - 1].trimmingCharacters(in: .whitespaces).hasSuffix("…"))
    }
  }

  @Test func chineseTitleAndWidth() {
    let state = explorer(Size(width: 80, height: 24), language: .zh, [Self.failure])
    let lines = frame(state).lines
    let box = boxLines(lines, title: "消息")
    #expect(box.count >= 2)
    #expect(box.joined().filter { $0 != " " } == state.status!.filter { $0 != " " })
    #expect(box.allSatisfy { DisplayWidth.of($0) <= 78 })
  }

  @Test func aShortMessageStaysInTheBarAndTheBoxGoesWithTheMessage() {
    var state = explorer([.cycleFamily])
    #expect(!frame(state).lines.contains { $0.hasPrefix("─ Message ") })
    state = explorer([Self.failure])
    _ = reduce(&state, .move(1))
    #expect(state.status == nil)
    #expect(!frame(state).lines.contains { $0.hasPrefix("─ Message ") })
  }

  @Test func aVeryLongMessageTakesAtMostHalfTheBody() {
    let long = Action.exportFinished(.failed(String(repeating: "成渝府际合作网络 ", count: 200)))
    let state = explorer(Size(width: 80, height: 24), [long])
    let lines = frame(state).lines
    let box = boxLines(lines, title: "Message")
    let body = ScreenLayout.chrome(state.size).body
    #expect(box.count <= body.height / 2 - 1 && box.count >= 2)
    #expect(box.last?.hasSuffix("…") == true)
  }
}
