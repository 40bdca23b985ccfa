/// Why a workbook could not be read; each names the file (and the part or sheet).
public enum XLSXError: Error, Equatable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case missingPart(path: String, part: String)
  case badXML(path: String, part: String, reason: String)
  case noSheet(path: String, name: String, available: [String])
  case tooLarge(path: String, part: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read the workbook (\(reason))"
    case .missingPart(let path, let part): "\(path): not an .xlsx workbook (\(part) is missing)"
    case .badXML(let path, let part, let reason): "\(path): \(part) is not valid XML (\(reason))"
    case .noSheet(let path, let name, let available):
      "\(path): no sheet named \"\(name)\" (sheets: \(available.joined(separator: ", ")))"
    case .tooLarge(let path, let part): "\(path): \(part) is too large to read (over 256 MB)"
    }
  }
}
