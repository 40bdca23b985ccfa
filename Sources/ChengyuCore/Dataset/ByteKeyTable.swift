/// A hash table from UTF-8 byte strings to integers, looked up with bytes straight from a file
/// buffer: resolving a million agreements' party ids, mechanisms and ids needs no String per
/// lookup (open addressing, linear probing; keys copied into one byte array).
struct ByteKeyTable {
  private var keyBytes: [UInt8] = []
  /// Per slot: key start in `keyBytes` (-1: empty), key end, value, hash.
  private var slots: [Slot]
  private(set) var count = 0

  /// 16 bytes: a million ids fit in 32 MB of slots.
  private struct Slot {
    var start: Int32 = -1
    var end: Int32 = 0
    var value: Int32 = 0
    var hash: UInt32 = 0
  }

  init(capacity: Int = 8) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(), count: size)
  }

  /// Eight bytes at a time, each word mixed by a multiply and a shift (splitmix64's constants):
  /// a byte-at-a-time FNV-1a was most of resolving 3 million party ids.
  @inline(__always)
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    let n = key.count
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
    guard let base = key.baseAddress else { return UInt32(truncatingIfNeeded: h) }
    var i = 0
    while i &+ 8 <= n {
      h = (h ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 31
      i &+= 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < n {
      tail |= UInt64(base[i]) << shift
      shift &+= 8
      i &+= 1
    }
    h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
    h ^= h >> 29
    return UInt32(truncatingIfNeeded: h ^ (h >> 32))
  }

  /// The value stored for `key`, or nil.
  func value(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    let h = Self.hash(key)
    let mask = slots.count - 1
    var i = Int(h) & mask
    return keyBytes.withUnsafeBufferPointer { kb in
      slots.withUnsafeBufferPointer { s in
        while s[i].start >= 0 {
          if s[i].hash == h, Self.equal(kb, s[i], key) { return Int(s[i].value) }
          i = (i + 1) & mask
        }
        return nil
      }
    }
  }

  /// Stores `value` for `key` unless the key is already there; returns the value kept (the
  /// earlier one for a repeated key).
  @discardableResult
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int) -> Int {
    if (count + 1) * 2 > slots.count { grow() }
    let h = Self.hash(key)
    let mask = slots.count - 1
    let start = Int32(keyBytes.count)
    let found: Int? = keyBytes.withUnsafeBufferPointer { kb in
      slots.withUnsafeMutableBufferPointer { s in
        var i = Int(h) & mask
        while s[i].start >= 0 {
          if s[i].hash == h, Self.equal(kb, s[i], key) { return Int(s[i].value) }
          i = (i + 1) & mask
        }
        s[i] = Slot(start: start, end: start + Int32(key.count), value: Int32(truncatingIfNeeded: value), hash: h)
        return nil
      }
    }
    if let found { return found }
    keyBytes.append(contentsOf: key)
    count += 1
    return value
  }

  /// Convenience for String keys.
  mutating func insert(_ key: String, value: Int) {
    var key = key
    key.withUTF8 { _ = insert($0, value: value) }
  }

  @inline(__always)
  private static func equal(_ kb: UnsafeBufferPointer<UInt8>, _ slot: Slot, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let (s, e) = (Int(slot.start), Int(slot.end))
    let n = key.count
    guard e - s == n else { return false }
    guard n > 0, let a = kb.baseAddress.map({ UnsafeRawPointer($0 + s) }), let b = key.baseAddress.map(UnsafeRawPointer.init)
    else { return true }
    var k = 0
    while k &+ 8 <= n {
      if a.loadUnaligned(fromByteOffset: k, as: UInt64.self) != b.loadUnaligned(fromByteOffset: k, as: UInt64.self) { return false }
      k &+= 8
    }
    while k < n {
      if a.load(fromByteOffset: k, as: UInt8.self) != b.load(fromByteOffset: k, as: UInt8.self) { return false }
      k &+= 1
    }
    return true
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    let mask = slots.count - 1
    for slot in old where slot.start >= 0 {
      var i = Int(slot.hash) & mask
      while slots[i].start >= 0 { i = (i + 1) & mask }
      slots[i] = slot
    }
  }
}
