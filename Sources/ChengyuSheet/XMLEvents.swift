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
    guard parser.parse() else {
      let reason = parser.parserError.map { "line \(parser.lineNumber): \($0.localizedDescription)" }
        ?? "line \(parser.lineNumber)"
      throw .badXML(path: path, part: part, reason: reason)
    }
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
    start(Self.localName(elementName), attributeDict)
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
    end(Self.localName(elementName))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }
}
