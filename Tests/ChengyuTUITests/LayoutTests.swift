import ChengyuTUI
import Testing

@Suite struct LayoutTests {
  @Test func headerBodyFooter() {
    let parts = Layout.split(Rect(x: 0, y: 0, width: 80, height: 24), .vertical,
                             [.length(1), .fill(1), .length(1)])
    #expect(parts == [Rect(x: 0, y: 0, width: 80, height: 1),
                      Rect(x: 0, y: 1, width: 80, height: 22),
                      Rect(x: 0, y: 23, width: 80, height: 1)])
  }

  @Test func fillSharesByWeightAndRemainderGoesFirst() {
    #expect(Layout.solve(total: 10, [.fill(1), .fill(2)]) == [4, 6])
    #expect(Layout.solve(total: 10, [.fill(1), .fill(1), .fill(1)]) == [4, 3, 3])
    #expect(Layout.solve(total: 10, [.percent(30), .fill(1)]) == [3, 7])
  }

  @Test func fixedPartsShrinkWhenSpaceRunsOut() {
    #expect(Layout.solve(total: 3, [.length(2), .length(2), .fill(1)]) == [2, 1, 0])
    #expect(Layout.solve(total: 0, [.length(1), .fill(1)]) == [0, 0])
  }

  @Test func minGrowsOnlyWithoutFill() {
    #expect(Layout.solve(total: 10, [.length(2), .min(3)]) == [2, 8])
    #expect(Layout.solve(total: 10, [.min(3), .fill(1)]) == [3, 7])
  }

  @Test func horizontalSplitKeepsRows() {
    let parts = Layout.split(Rect(x: 2, y: 3, width: 10, height: 4), .horizontal,
                             [.length(4), .fill(1)])
    #expect(parts == [Rect(x: 2, y: 3, width: 4, height: 4), Rect(x: 6, y: 3, width: 6, height: 4)])
  }

  @Test func rectSplitsAndIntersection() {
    let r = Rect(x: 0, y: 0, width: 10, height: 5)
    #expect(r.splitTop(2) == (Rect(x: 0, y: 0, width: 10, height: 2), Rect(x: 0, y: 2, width: 10, height: 3)))
    #expect(r.splitBottom(9).bottom == r)
    #expect(r.splitLeft(3).rest == Rect(x: 3, y: 0, width: 7, height: 5))
    #expect(r.splitRight(3).right == Rect(x: 7, y: 0, width: 3, height: 5))
    #expect(r.inset(dx: 1, dy: 1) == Rect(x: 1, y: 1, width: 8, height: 3))
    #expect(r.intersection(Rect(x: 8, y: 4, width: 5, height: 5)) == Rect(x: 8, y: 4, width: 2, height: 1))
    #expect(r.intersection(Rect(x: 20, y: 0, width: 1, height: 1)).isEmpty)
    #expect(Size(parsing: "100x30") == Size(width: 100, height: 30))
    #expect(Size(parsing: "100") == nil)
    #expect(Size(parsing: "1000X1000") == Size(width: 1000, height: 1000))
    #expect(Size(parsing: "1001x10") == nil)
    #expect(Size(parsing: "9223372036854775807x1") == nil)
    #expect(Size(parsing: "+10x10") == nil)
  }
}
