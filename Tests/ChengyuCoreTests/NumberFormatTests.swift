import ChengyuCore
import Testing

@Suite("NumberFormat")
struct NumberFormatTests {
  @Test func roundsToTheGivenDecimals() {
    #expect(NumberFormat.fixed(0.04123, digits: 4) == "0.0412")
    #expect(NumberFormat.fixed(0.00005, digits: 4) == "0.0001")  // half away from zero
    #expect(NumberFormat.fixed(2.5, digits: 0) == "3")
    #expect(NumberFormat.fixed(12.3, digits: 3) == "12.300")
  }

  @Test func negativesAndNonFiniteValues() {
    #expect(NumberFormat.fixed(-1.25, digits: 1) == "-1.3")
    #expect(NumberFormat.fixed(-0.00001, digits: 2) == "0.00")  // no "-0.00"
    #expect(NumberFormat.fixed(.nan, digits: 2) == "-")
    #expect(NumberFormat.fixed(.infinity, digits: 2) == "-")
  }
}
