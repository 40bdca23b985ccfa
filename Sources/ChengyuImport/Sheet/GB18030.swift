#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// GBK / GB 18030 text as UTF-8, with the C library's iconv.
///
/// Chinese Excel saves "CSV (逗号分隔)" in GBK, so most coding sheets that arrive as CSV are not
/// UTF-8. GB 18030 is a superset of GBK, so it decodes both. Nil when the C library has no such
/// converter (a minimal system without gconv modules) or the bytes are not valid GB 18030; the
/// caller then asks for a UTF-8 file.
enum GB18030 {
  static func utf8(_ bytes: [UInt8]) -> [UInt8]? {
    let cd = iconv_open("UTF-8", "GB18030")
    guard cd != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(cd) }
    var input = bytes.map { CChar(bitPattern: $0) }
    // Each GB 18030 byte becomes at most 3 bytes of UTF-8 (4-byte sequences stay 4).
    var output = [CChar](repeating: 0, count: bytes.count * 3 + 4)
    let capacity = output.count
    let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer = inBuffer.baseAddress
        var inLeft = inBuffer.count
        var outPointer = outBuffer.baseAddress
        var outLeft = capacity
        let result = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
        return result == -1 || inLeft != 0 ? nil : capacity - outLeft
      }
    }
    guard let written else { return nil }
    return output.prefix(written).map { UInt8(bitPattern: $0) }
  }
}
