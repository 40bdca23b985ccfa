import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Foundation's streaming XMLParser with closures: element starts and ends by local name
/// (prefixes such as `x:` dropped, as some writers use them), and text.
final class XMLEvents: NSObject, XMLParserDelegate {
  private let start: (String, [String: String]) -> Void
  private let end: (String) -> Void
  private let text: (String) -> Void
  /// Elements open now; not 0 at the end means the part was cut short.
  private var depth = 0
  /// The first error: libxml2 recovers and Foundation's parse() still returns true on Linux,
  /// so errors are caught here and parsing stopped.
  private var failure: String?

  private init(
    start: @escaping (String, [String: String]) -> Void, end: @escaping (String) -> Void,
    text: @escaping (String) -> Void
  ) {
    self.start = start
    self.end = end
    self.text = text
  }

  /// Parses a part of the workbook, calling the closures in document order.
  static func parse(
    _ data: Data, part: String, path: String,
    start: @escaping (String, [String: String]) -> Void,
    end: @escaping (String) -> Void = { _ in },
    text: @escaping (String) -> Void = { _ in }
  ) throws(XLSXError) {
    let handler = XMLEvents(start: start, end: end, text: text)
    let parser = XMLParser(data: data)
    parser.delegate = handler
    parser.shouldResolveExternalEntities = false  // untrusted input: no external entities
    let ok = parser.parse()
    if let failure = handler.failure { throw .badXML(path: path, part: part, reason: failure) }
    if !ok || parser.parserError != nil {
      let code = (parser.parserError as NSError?)?.code ?? 0
      throw .badXML(path: path, part: part, reason: "line \(parser.lineNumber): XML error \(code)")
    }
    if handler.depth != 0 {
      throw .badXML(path: path, part: part, reason: "line \(parser.lineNumber): the document ends inside an element")
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    if failure == nil { failure = "line \(parser.lineNumber): XML error \((parseError as NSError).code)" }
    parser.abortParsing()
  }

  static func localName(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  /// An attribute by local name (`r:id` is found as `id` with a prefix).
  static func attribute(_ attributes: [String: String], _ name: String, prefixed: Bool = false) -> String? {
    if !prefixed, let v = attributes[name] { return v }
    return attributes.first { $0.key.contains(":") && localName($0.key) == name }?.value
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    depth += 1
    start(Self.localName(elementName), attributeDict)
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
    depth -= 1
    end(Self.localName(elementName))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }
}
