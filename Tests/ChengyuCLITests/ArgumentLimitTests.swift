import Foundation
import Testing

/// Counts and ranges given on the command line: negatives get a plain message, huge values are
/// clamped to what exists, and absurd argument counts are refused before the quadratic parser.
@Suite struct ArgumentLimitTests {
  @Test func negativeLimitIsRejectedPlainly() throws {
    for args in [["list", "ties", "--limit", "-1"], ["list", "ties", "--limit=-1"]] {
      let r = try CLI.run(args)
      #expect(r.status == 64)
      #expect(r.stderr.hasPrefix("Error: --limit must be 0 or more (got -1)\n"), "\(r.stderr)")
    }
  }

  @Test func hugeLimitListsEverything() throws {
    let all = try CLI.run(["list", "cities", "--format", "csv"])
    let huge = try CLI.run(["list", "cities", "--format", "csv", "--limit", "9223372036854775807"])
    #expect(huge.status == 0)
    #expect(huge.stdout == all.stdout)
  }

  @Test func negativeTopIsRejectedPlainly() throws {
    let r = try CLI.run(["compare", "--periods", "2011-2015,2016-2020", "--top", "-2"])
    #expect(r.status == 64)
    #expect(r.stderr.hasPrefix("Error: --top must be at least 1 (got -2)\n"), "\(r.stderr)")
  }

  @Test func hugeTopIsClampedToTheGovernmentsThatExist() throws {
    // This aborted with "double free or corruption"; --top 1000000 printed 72 MB of empty rows.
    let cities = try Reference.recordCount("cities.csv")
    let huge = try CLI.run(["compare", "--periods", "2011-2015,2016-2020", "--top", "9223372036854775807"])
    #expect(huge.status == 0)
    let exact = try CLI.run(["compare", "--periods", "2011-2015,2016-2020", "--top", "\(cities)"])
    #expect(huge.stdout == exact.stdout)
    let json = try CLI.run(["compare", "--periods", "2011-2015,2016-2020", "--top", "1000000", "--json"])
    #expect(json.status == 0)
    #expect(json.stdoutBytes.count < 1_000_000)
  }

  @Test(arguments: ["2016-+2017", "+2016", "2016-", "-2016", "2016 ", "２０１６"])
  func yearsAreFourDigitsOnly(_ text: String) throws {
    let r = try CLI.run(["stats", "--years=\(text)"])
    #expect(r.status == 64, "\(text)")
    #expect(r.stderr.hasPrefix("Error: bad year range '\(text)' (use YYYY or YYYY-YYYY"), "\(r.stderr)")
  }

  @Test func thirtyThousandArgumentsAreRefusedAtOnce() throws {
    // swift-argument-parser is quadratic in the argument count: this took 79 s to parse.
    let r = try CLI.run(["stats"] + Array(repeating: "--in-region", count: 30_000))
    #expect(r.status == 64)
    #expect(r.stderr == "chengyu: too many arguments (30001; at most 1000 are accepted)\n")
    let most = try CLI.run(["stats", "--json"] + Array(repeating: "--in-region", count: 998))
    #expect(most.status == 0)
  }
}
