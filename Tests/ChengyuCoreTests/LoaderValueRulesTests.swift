import ChengyuCore
import Testing

/// Values the loader used to accept silently: hex coordinates, malformed adcodes, and ids with
/// invisible or bidirectional characters that were shown (or cleaned) as if valid.
@Suite("Loader value rules")
struct LoaderValueRulesTests {
  private let betaRow = "beta,乙市,Beta City,prefecture,alpha,alpha,,,,yes,whole,,,test fixture"

  private func betaIssues(adcode: String = "", lat: String = "", lon: String = "") -> [DatasetIssue] {
    Fixtures.issues(Fixtures.valid("cities.csv", replacing: betaRow,
      with: "beta,乙市,Beta City,prefecture,alpha,alpha,\(adcode),\(lat),\(lon),yes,whole,,,test fixture"))
  }

  @Test(arguments: ["0x10", "1e1", "inf", "nan", "+30", ".5", "30.", "30,5", "١٢"])
  func coordinatesAreDecimalOnly(_ text: String) {
    let quoted = text.contains(",") ? "\"\(text)\"" : text
    #expect(betaIssues(lat: quoted) == [.at("mem/cities.csv", 3, "bad lat \"\(text)\" (decimal degrees in -90…90)")])
  }

  @Test func decimalCoordinatesStillLoad() {
    #expect(betaIssues(lat: "-30.5", lon: "104").isEmpty)
    #expect(betaIssues(lat: "0", lon: "-0.25").isEmpty)
  }

  @Test(arguments: ["51010", "5101000", "51010a", "５１０１００", "-51010"])
  func adcodeIsSixDigits(_ code: String) {
    #expect(betaIssues(adcode: code) == [.at("mem/cities.csv", 3,
      "bad adcode \"\(code)\" (the 6-digit administrative division code, e.g. 510100)")])
  }

  @Test func sixDigitAdcodeLoads() { #expect(betaIssues(adcode: "510100").isEmpty) }

  @Test(arguments: [("\u{FEFF}", "U+FEFF"), ("\u{202E}", "U+202E"), ("\u{200B}", "U+200B"), ("\u{2066}", "U+2066"),
                    ("\u{00A0}", "U+00A0"), ("\u{1B}[31m", "U+001B")])
  func idWithAHiddenCharacterIsRefused(_ example: (String, String)) {
    let issues = Fixtures.issues(Fixtures.valid("agreements.csv", replacing: "T001,", with: "T0\(example.0)01,"))
    #expect(issues == [.at("mem/agreements.csv", 2,
      "id contains the invisible or control character \(example.1) (ids must be plain visible text)")])
  }

  @Test func referenceWithAHiddenCharacterIsRefused() {
    // The sanitizer drops U+202E, so "beta\u{202E}" used to resolve silently to beta.
    let party = Fixtures.issues(Fixtures.valid("agreements.csv", replacing: "alpha;beta", with: "alpha;beta\u{202E}"))
    #expect(party == [.at("mem/agreements.csv", 2,
      "parties contains the invisible or control character U+202E (ids must be plain visible text)")])
    let parent = Fixtures.issues(Fixtures.valid("cities.csv", replacing: "district,beta,", with: "district,\u{FEFF}beta,"))
    #expect(parent.first == .at("mem/cities.csv", 4,
      "parent contains the invisible or control character U+FEFF (ids must be plain visible text)"))
  }

  @Test func hiddenCharactersInOtherCellsAreStillCleanedNotRefused() throws {
    let contents = Fixtures.valid("agreements.csv", replacing: "Alpha-Beta cooperation", with: "Alpha\u{202E}-Beta cooperation")
    let d = try DatasetLoader.load(DatasetFiles(origin: "mem/", contents: contents))
    #expect(d.agreements[0].titleEn == "Alpha-Beta cooperation agreement")
  }
}
