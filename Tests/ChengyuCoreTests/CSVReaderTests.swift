import Testing

@testable import ChengyuCore

/// Every record of `text`, as (line, fields) pairs.
private func parse(_ text: String) throws(CSVError) -> [CSVRecord] {
  try parse(Array(text.utf8))
}

private func parse(_ bytes: [UInt8]) throws(CSVError) -> [CSVRecord] {
  var reader = CSVReader(bytes: bytes)
  var records: [CSVRecord] = []
  while let r = try reader.next() { records.append(r) }
  return records
}

/// The error `text` raises, or nil when it parses.
private func parseError(_ text: String) -> CSVError? {
  do {
    _ = try parse(text)
    return nil
  } catch {
    return error
  }
}

private func rec(_ line: Int, _ fields: String...) -> CSVRecord { CSVRecord(line: line, fields: fields) }

@Suite("CSVReader: RFC 4180")
struct CSVReaderTests {
  @Test func plainRecordsWithLF() throws {
    #expect(try parse("a,b,c\n1,2,3\n") == [rec(1, "a", "b", "c"), rec(2, "1", "2", "3")])
  }

  @Test func emptyFieldsAndTrailingComma() throws {
    #expect(try parse(",a,,\n") == [rec(1, "", "a", "", "")])
    #expect(try parse("a,b,") == [rec(1, "a", "b", "")])
    #expect(try parse("\"\"") == [rec(1, "")])
  }

  @Test func quotedCommaAndDoubledQuotes() throws {
    #expect(try parse("\"x, y\",z\n") == [rec(1, "x, y", "z")])
    #expect(try parse("\"say \"\"hi\"\"\",\"\"\"\"\n") == [rec(1, "say \"hi\"", "\"")])
  }

  @Test func strayQuoteInUnquotedFieldIsText() throws {
    #expect(try parse("ab\"c,d\n") == [rec(1, "ab\"c", "d")])
  }

  @Test func embeddedLineBreaksKeepLaterLineNumbers() throws {
    let records = try parse("h1,h2\n\"two\nlines\",x\n\"crlf\r\ninside\r\n\",y\nlast,z\n")
    #expect(records == [
      rec(1, "h1", "h2"), rec(2, "two\nlines", "x"), rec(4, "crlf\r\ninside\r\n", "y"), rec(7, "last", "z"),
    ])
  }

  @Test func crlfAndLoneCRRecords() throws {
    #expect(try parse("a,b\r\nc,d\r\n") == [rec(1, "a", "b"), rec(2, "c", "d")])
    #expect(try parse("a\rb\r\"c\rd\"\re") == [rec(1, "a"), rec(2, "b"), rec(3, "c\rd"), rec(5, "e")])
  }

  @Test func byteOrderMarkIsSkippedOnlyAtTheStart() throws {
    #expect(try parse([0xEF, 0xBB, 0xBF] + Array("id,x\n1,2\n".utf8)) == [rec(1, "id", "x"), rec(2, "1", "2")])
    #expect(try parse("a\n\u{FEFF}b\n") == [rec(1, "a"), rec(2, "\u{FEFF}b")])
  }

  @Test func noTrailingNewline() throws {
    #expect(try parse("a,b\nc,\"d\"") == [rec(1, "a", "b"), rec(2, "c", "d")])
  }

  @Test func blankLinesAreSkippedButCounted() throws {
    #expect(try parse("\n\na\r\n\r\n\rb\n\n") == [rec(3, "a"), rec(6, "b")])
    #expect(try parse("") == [])
    #expect(try parse("\n\r\n") == [])
  }

  @Test func unclosedQuoteReportsTheLineItOpenedOn() {
    let error = parseError("a,b\nc,\"open\nstill\nopen\n")
    #expect(error == CSVError(line: 2, reason: "quoted field is not closed before the end of the file"))
    #expect(error?.description == "line 2: quoted field is not closed before the end of the file")
  }

  @Test func textAfterClosingQuoteReportsItsLineAndField() {
    let error = parseError("a,b\n\"x\ny\"z,c\n")
    #expect(error?.line == 3)
    #expect(error?.reason == "unexpected text after the closing quote of field 1 (a quote inside a quoted field must be doubled: \"\")")
    #expect(parseError("ok,\"q\" ,x")?.reason.contains("field 2") == true)
  }

  @Test func errorIsRepeatedOnLaterCalls() throws {
    var reader = CSVReader(bytes: Array("a\n\"b".utf8))
    #expect(try reader.next() == rec(1, "a"))
    #expect(throws: CSVError.self) { try reader.next() }
    #expect(throws: CSVError.self) { try reader.next() }
  }

  @Test func chineseUTF8Content() throws {
    let records = try parse("id,name_zh\nchengdu,成都市\n\"chongqing\",\"重庆市，\"\"直辖市\"\"\"\n")
    #expect(records == [rec(1, "id", "name_zh"), rec(2, "chengdu", "成都市"), rec(3, "chongqing", "重庆市，\"直辖市\"")])
  }

  @Test func recordViewGivesSpansAndLazyStrings() throws {
    var reader = CSVReader(bytes: Array("ab,\"c\"\"d\",\n".utf8))
    var seen: [(Int, [CSVFieldSpan], String)] = []
    try reader.forEachRecord { view in
      seen.append((view.count, (0..<view.count).map(view.span(at:)), view.string(at: 1)))
    }
    #expect(seen.count == 1)
    #expect(seen[0].0 == 3)
    #expect(seen[0].1 == [
      CSVFieldSpan(start: 0, end: 2, hasDoubledQuotes: false),
      CSVFieldSpan(start: 4, end: 8, hasDoubledQuotes: true),
      CSVFieldSpan(start: 10, end: 10, hasDoubledQuotes: false),
    ])
    #expect(seen[0].2 == "c\"d")
  }

  @Test func separatorsAtEveryOffsetAroundEightByteWords() throws {
    // The scanner skips eight bytes at a time; put every special byte at every word offset.
    for a in 0..<19 {
      for b in 0..<19 {
        let plain = String(repeating: "a", count: a)
        let mixed = String(repeating: "成", count: b / 3) + String(repeating: "b", count: b % 3)
        let text = "\(plain),\"\(mixed)\"\"\n\(plain)\"\r\n\(mixed)\r\(plain),"
        var expected = [rec(1, plain, mixed + "\"\n" + plain)]
        if !mixed.isEmpty { expected.append(rec(3, mixed)) }
        expected.append(rec(4, plain, ""))
        #expect(try parse(text) == expected, "a=\(a) b=\(b)")
      }
    }
  }

  @Test func oneEmptyFieldRecordIsNotABlankLine() throws {
    // A blank line is skipped, so the shared writer must write such a record as `""`.
    let text = CSVWriter.document(header: ["note"], rows: [[""], ["x"], [""]])
    #expect(text == "note\r\n\"\"\r\nx\r\n\"\"\r\n")
    #expect(try parse(text) == [rec(1, "note"), rec(2, ""), rec(3, "x"), rec(4, "")])
  }

  @Test func recordWithTooManyFieldsFailsOnItsLine() throws {
    // A line of commas would otherwise hold one span per field (100 MB of commas: 2.4 GB).
    var reader = CSVReader(bytes: Array("a,b\n,,,,\n".utf8), maxFields: 4)
    #expect(try reader.next() == rec(1, "a", "b"))
    #expect(throws: CSVError(line: 2, reason: "record has more than 4 fields (the limit per record)")) { try reader.next() }
    var exact = CSVReader(bytes: Array(",,,\n".utf8), maxFields: 4)
    #expect(try exact.next() == rec(1, "", "", "", ""))
    var quoted = CSVReader(bytes: Array("\"a\",\"b\",\"c\"\n".utf8), maxFields: 2)
    #expect(throws: CSVError(line: 1, reason: "record has more than 2 fields (the limit per record)")) { try quoted.next() }
    #expect(CSVReader.defaultMaxFields == 10_000)
  }
}
