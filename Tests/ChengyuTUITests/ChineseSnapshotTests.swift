import ChengyuCore
import ChengyuTUI
import Testing

/// Every screen of the snapshot suite drawn in Chinese at 80×24 and 120×40 (`zh_<screen>_<size>`),
/// compared with committed snapshots of text and style runs, as the English ones are.
@Suite struct ChineseSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  @Test(arguments: ScreenSnapshotTests.screens)
  func screen(_ screen: (String, [Action])) {
    for size in Self.sizes {
      let state = explorer(size, language: .zh, screen.1)
      assertSnapshot(frame(state), named: "zh_\(screen.0)_\(size.width)x\(size.height)")
    }
  }

  /// The Map, Graph and Matrix screens (their English snapshots are PictureScreenTests').
  @Test(arguments: PictureScreenTests.screens)
  func pictureScreen(_ screen: (String, [Action])) {
    for size in Self.sizes {
      let state = explorer(size, language: .zh, screen.1)
      assertSnapshot(frame(state), named: "zh_\(screen.0)_\(size.width)x\(size.height)")
    }
  }

  @Test func tooSmallTerminalShowsTheNoticeInChinese() {
    assertSnapshot(frame(explorer(Size(width: 20, height: 8), language: .zh, [.show(.measures)])), named: "zh_too_small_20x8")
  }
}
