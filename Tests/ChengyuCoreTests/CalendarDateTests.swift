import ChengyuCore
import Testing

@Suite("CalendarDate: year, month and day precision")
struct CalendarDateTests {
  private func date(_ text: String) -> CalendarDate? { CalendarDate(parsing: text) }

  @Test func parsesTheThreePrecisions() throws {
    let y = try #require(date("2016"))
    #expect((y.year, y.month, y.day) == (2016, nil, nil))
    #expect(y.precision == .year)
    let m = try #require(date("2016-03"))
    #expect((m.year, m.month, m.day) == (2016, 3, nil))
    #expect(m.precision == .month)
    let d = try #require(date("2016-03-01"))
    #expect((d.year, d.month, d.day) == (2016, 3, 1))
    #expect(d.precision == .day)
  }

  @Test(arguments: [
    "2019-2-3", "19-01", "2019-1", "2019-01-1", "201", "20190", "2019-01-01-01", "2019-", "-2019",
    "2019--01", "", " 2019", "2019 ", "2019/01", "２０１９", "+201", "2019-0x", "0000", "2019-01-01T00",
  ])
  func rejectsMalformedText(_ text: String) {
    #expect(date(text) == nil, "\(text) should not parse")
  }

  @Test(arguments: ["2019-00", "2019-13", "2019-01-00", "2019-01-32", "2019-04-31", "2019-02-30"])
  func rejectsImpossibleDates(_ text: String) {
    #expect(date(text) == nil, "\(text) should not parse")
  }

  @Test func leapYears() {
    #expect(date("2020-02-29") != nil)  // divisible by 4
    #expect(date("2019-02-29") == nil)
    #expect(date("1900-02-29") == nil)  // divisible by 100, not by 400
    #expect(date("2000-02-29") != nil)  // divisible by 400
    #expect(date("2019-02-28") != nil)
    #expect(date("2020-02-30") == nil)
  }

  @Test func memberwiseInitRejectsADayWithoutAMonth() {
    #expect(CalendarDate(year: 2019, month: nil, day: 5) == nil)
    #expect(CalendarDate(year: 0) == nil)
    #expect(CalendarDate(year: 2019, month: 12, day: 31) != nil)
  }

  @Test func lessPreciseDatesSortBeforeTheDatesTheyContain() throws {
    let texts = ["2016-04", "2016-03-01", "2015-12-31", "2016", "2016-03", "2017", "2016-03-31"]
    let sorted = texts.compactMap(date).sorted().map(\.description)
    #expect(sorted == ["2015-12-31", "2016", "2016-03", "2016-03-01", "2016-03-31", "2016-04", "2017"])
    #expect(try #require(date("2016")) < #require(date("2016-03")))
    #expect(try #require(date("2016-03")) < #require(date("2016-03-01")))
    #expect(try #require(date("2016-03-01")) < #require(date("2016-04")))
    #expect(try !(#require(date("2016-03")) < #require(date("2016-03"))))
  }

  @Test func precisionIsPartOfEquality() {
    #expect(date("2016") != date("2016-01"))
    #expect(date("2016-01") != date("2016-01-01"))
    #expect(date("2016-01") == CalendarDate(year: 2016, month: 1))
  }

  @Test(arguments: ["2016", "2016-03", "2016-03-01", "0999-12-31", "2020-02-29", "9999-01"])
  func descriptionRoundTrips(_ text: String) throws {
    let d = try #require(date(text))
    #expect(d.description == text)
    #expect(date(d.description) == d)
  }
}
