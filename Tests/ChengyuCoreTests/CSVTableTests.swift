import Testing

@testable import ChengyuCore

@Suite("CSVTable")
struct CSVTableTests {
  private func read(_ text: String, required: [String] = ["id"]) -> (CSVTable?, [DatasetIssue]) {
    var issues: [DatasetIssue] = []
    let files = DatasetFiles(origin: "dir/", contents: ["t.csv": Array(text.utf8)])
    let table = CSVTable.read("t.csv", from: files, required: required, issues: &issues)
    return (table, issues)
  }

  @Test func cellsAreSanitizedAndTrimmedOnce() throws {
    let (table, issues) = read(" id , name ,list\n a1 ,\"x\u{1B}[31my\tz \", b ; ;c;成都 \n")
    #expect(issues.isEmpty)
    let row = try #require(table?.rows.first)
    #expect(row["id"] == "a1")
    #expect(row["name"] == "xy z")
    #expect(row.list("list") == ["b", "c", "成都"])
    #expect(row["absent"] == "")
    #expect(row.list("absent") == [])
  }

  @Test func problemsNameFileAndLine() {
    let (_, widths) = read("id,b\n1,2\n\"multi\nline\",x,y\n3,4\n")
    #expect(widths == [DatasetIssue(file: "dir/t.csv", line: 3, reason: "has 3 fields, the header has 2")])
    let (_, syntax) = read("id\n1\n\"open\n")
    #expect(syntax == [DatasetIssue(
      file: "dir/t.csv", line: 3, reason: "quoted field is not closed before the end of the file")])
    let (_, missing) = read("\n\nname\nx\n", required: ["id", "date"])
    #expect(missing == [DatasetIssue(file: "dir/t.csv", line: 3, reason: "missing required columns: id, date")])
    let (_, empty) = read("\n\n")
    #expect(empty == [DatasetIssue(file: "dir/t.csv", line: nil, reason: "file is empty (a header row is required)")])
  }
}
