import Foundation
import Testing

@Suite struct ValidateCommandTests {
  @Test func embeddedAndDataFolderAreClean() throws {
    let counts = "ok: \(try Reference.recordCount("cities.csv")) cities, "
      + "\(try Reference.recordCount("agreements.csv")) agreements, \(try Reference.recordCount("policies.csv")) policies"
    let embedded = try CLI.run(["validate"])
    #expect(embedded.status == 0)
    #expect(embedded.stdout.hasPrefix(counts), "\(embedded.stdout)")
    #expect(embedded.stderr.isEmpty)
    let folder = try CLI.run(["validate", CLI.dataFolder])
    #expect(folder.status == 0)
    #expect(folder.stdout.hasPrefix(counts))
  }

  @Test func malformedFolderExits65NamingFileAndLine() throws {
    let dir = CLI.fixture("malformed")
    let r = try CLI.run(["validate", dir])
    #expect(r.status == 65)
    #expect(r.stdout.isEmpty)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines == [
      "\(dir)/agreements.csv:3: unknown city id \"testcity-zz\" in parties",
      "\(dir)/agreements.csv:4: bad or impossible date \"2017-02-30\" (use YYYY, YYYY-MM or YYYY-MM-DD)",
      "\(dir)/agreements.csv:5: unknown mechanism \"test-nonsense\" (not in mechanisms.csv)",
      "chengyu: 3 problems in \(dir)",
    ])
  }

  @Test func environmentVariableAndMissingFolder() throws {
    let env = try CLI.run(["validate"], environment: ["CHENGYU_DATA": CLI.fixture("malformed")])
    #expect(env.status == 65)
    #expect(env.stderr.contains("agreements.csv:3: "))
    let missing = try CLI.run(["validate", "/nonexistent/chengyu-test"])
    #expect(missing.status == 65)
    #expect(missing.stderr.contains("/nonexistent/chengyu-test: is not a folder"))
  }

  @Test func otherCommandsRefuseBadDataWith65() throws {
    let r = try CLI.run(["stats", "--data", CLI.fixture("malformed")])
    #expect(r.status == 65)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("agreements.csv:4: bad or impossible date"))
  }
}
