import ChengyuCore
import Foundation
import Testing

@Suite("JSONValue")
struct JSONValueTests {
  @Test func escapesQuotesBackslashesAndControls() {
    #expect(JSONValue.string("say \"hi\" \\ there").serialized() == #""say \"hi\" \\ there""#)
    #expect(JSONValue.string("a\nb\rc\td").serialized() == #""a\nb\rc\td""#)
    #expect(JSONValue.string("\u{1B}[31m\u{01}\u{7F}\u{85}").serialized() == #""\u001b[31m\u0001\u007f\u0085""#)
  }

  @Test func chineseIsWrittenAsIs() {
    #expect(JSONValue.string("成渝 “quotes” 😀").serialized() == "\"成渝 “quotes” 😀\"")
  }

  @Test func escapedStringsParseBackToTheOriginal() throws {
    var rng = SplitMix64(seed: 7)
    let alphabet = Array("a\"\\\n\r\t\u{00}\u{1B}\u{7F}\u{9B}成/ 😀".unicodeScalars)
    for _ in 0..<500 {
      var s = String.UnicodeScalarView()
      for _ in 0..<Int(rng.next() % 12) { s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
      let text = String(s)
      let json = JSONValue.array([.string(text)]).serialized()
      let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
      #expect(parsed == [text], "\(json)")
    }
  }

  @Test func numbersAndLiterals() {
    #expect(JSONValue.int(-42).serialized() == "-42")
    #expect(JSONValue.double(1).serialized() == "1.0")
    #expect(JSONValue.double(0.3).serialized() == "0.3")
    #expect(JSONValue.double(.infinity).serialized() == "null")
    #expect(JSONValue.double(.nan).serialized() == "null")
    #expect(JSONValue.bool(true).serialized() == "true")
    #expect(JSONValue.null.serialized() == "null")
  }

  @Test func objectsKeepKeyOrder() {
    let v = JSONValue.object([("z", .int(1)), ("a", .array([])), ("m", .object([]))])
    #expect(v.serialized() == #"{"z":1,"a":[],"m":{}}"#)
  }

  @Test func prettyIndentsByTwoSpaces() {
    let v = JSONValue.object([("cities", .int(117)), ("years", .array([.int(2016), .int(2017)]))])
    #expect(v.serialized(pretty: true) == """
      {
        "cities": 117,
        "years": [
          2016,
          2017
        ]
      }
      """)
  }

  @Test func equalityComparesTheSerializedForm() {
    #expect(JSONValue.object([("a", .int(1))]) == JSONValue.object([("a", .int(1))]))
    #expect(JSONValue.object([("a", .int(1)), ("b", .null)]) != JSONValue.object([("b", .null), ("a", .int(1))]))
  }
}
