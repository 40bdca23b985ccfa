/// Pieces shared by the SVG pictures: the document frame, the CJK font list, colours and
/// number formatting. Every text and attribute value goes through `XMLText.escape`.
enum SVGSupport {
  /// Fonts that have Chinese glyphs on common systems (Linux, macOS, Windows), then a generic
  /// family, so labels never fall back to boxes.
  static let fontFamily = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Hiragino Sans GB\", "
    + "\"Microsoft YaHei\", \"SimHei\", \"WenQuanYi Micro Hei\", sans-serif"

  /// Fill colours of the province groups (the last one for every further group), distinct in
  /// greyscale print as well.
  static let groupFills = ["#1f5fa8", "#d1495b", "#edae49", "#66a182", "#8d6a9f", "#7f7f7f"]
  static let governanceStroke = "#8e2c8e"
  static let collaborationStroke = "#2e8b57"

  static func groupFill(_ g: Int) -> String { groupFills[min(g, groupFills.count - 1)] }

  static func familyStroke(_ f: MechanismFamily) -> String {
    f == .governance ? governanceStroke : collaborationStroke
  }

  /// A coordinate with at most one decimal (no exponent form).
  static func num(_ d: Double) -> String {
    guard d.isFinite else { return "0" }
    let r = (d * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }

  /// `<tag a="v" …>` pieces: attributes escaped.
  static func attrs(_ pairs: [(String, String)]) -> String { XMLText.attributes(pairs) }

  static func text(_ s: String) -> String { XMLText.escape(TextSanitizer.clean(s)) }

  /// The document start: declaration, root element, title, description and the style sheet.
  static func open(width: Int, height: Int, title: String, description: String) -> String {
    var out = XMLText.declaration
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\"" + attrs([
      ("width", String(width)), ("height", String(height)), ("viewBox", "0 0 \(width) \(height)"),
    ]) + ">\n"
    out += "<title>\(text(title))</title>\n<desc>\(text(description))</desc>\n"
    out += "<style>\n"
    out += "svg { font-family: \(fontFamily); font-size: 12px; }\n"
    out += ".tie { stroke-linecap: round; fill: none; stroke-opacity: 0.7; }\n"
    out += ".governance { stroke: \(governanceStroke); }\n.collaboration { stroke: \(collaborationStroke); }\n"
    out += ".node { stroke: #ffffff; stroke-width: 1; }\n.node.approximate { stroke: #000000; stroke-dasharray: 2 1; }\n"
    out += ".label { fill: #222222; }\n.legend { fill: #222222; font-size: 11px; }\n.title { font-size: 16px; font-weight: bold; }\n"
    out += "</style>\n"
    out += "<rect" + attrs([("x", "0"), ("y", "0"), ("width", String(width)), ("height", String(height)), ("fill", "#ffffff")]) + "/>\n"
    return out
  }

  /// A "nice" length for a scale bar: 1, 2 or 5 times a power of ten, at most `limit`.
  static func niceLength(atMost limit: Double) -> Double {
    guard limit > 0, limit.isFinite else { return 1 }
    var p = 1.0
    while p * 10 <= limit { p *= 10 }
    while p > limit { p /= 10 }
    for m in [5.0, 2.0, 1.0] where m * p <= limit { return m * p }
    return p
  }
}
