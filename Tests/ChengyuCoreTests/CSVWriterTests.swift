import ChengyuCore
import Testing

@Suite struct CSVWriterTests {
  @Test func quotesOnlyWhenNeeded() {
    #expect(CSVWriter.field("chengdu") == "chengdu")
    #expect(CSVWriter.field("成都市") == "成都市")
    #expect(CSVWriter.field("") == "")
    #expect(CSVWriter.field("a,b") == "\"a,b\"")
    #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
    #expect(CSVWriter.field("cr\rhere") == "\"cr\rhere\"")
  }

  @Test func recordsEndWithCRLF() {
    #expect(CSVWriter.record(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
    #expect(CSVWriter.document(header: ["id", "name"], rows: [["1", "x"]]) == "id,name\r\n1,x\r\n")
  }

  @Test func roundTripsThroughTheReader() throws {
    let rows = [
      ["A001", "川南旅游联盟, 战略合作", "he said \"yes\""],
      ["", "line one\r\nline two", "trailing space "],
      ["\"", ",", "\n"],
    ]
    let text = CSVWriter.document(header: ["id", "title", "note"], rows: rows)
    var reader = CSVReader(bytes: Array(text.utf8))
    var read: [[String]] = []
    while let r = try reader.next() { read.append(r.fields) }
    #expect(read == [["id", "title", "note"]] + rows)
  }
}
