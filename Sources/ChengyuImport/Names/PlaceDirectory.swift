import ChengyuCore

/// The governments a coding sheet may name: the reference dataset's cities first, then every
/// gazetteer division no dataset city stands for, with an index of their names.
///
/// A dataset city stands for a gazetteer division when their codes agree or, when the city has
/// no code the gazetteer knows (a code changed with a renaming, 隆昌县 → 隆昌市), when a division
/// under the same parent carries one of its names or the same stem. Divisions named in a city's
/// `former_names` under the same parent are its aliases too.
public struct PlaceDirectory: Sendable {
  public let places: [Place]
  public let reference: Dataset
  public let gazetteer: Gazetteer
  /// Full names (current, former, gazetteer aliases) → places.
  let exact: [String: [Int]]
  /// Short forms of those names (成都, 凉山州) → places.
  let short: [String: [Int]]

  public init(reference: Dataset, gazetteer: Gazetteer) {
    self.reference = reference
    self.gazetteer = gazetteer
    var places: [Place] = []
    for (i, c) in reference.cities.enumerated() {
      places.append(Place(
        origin: .dataset(i), id: c.id, name: c.nameZh, level: c.level,
        parent: c.parent.flatMap { reference.cityIndex[$0] }, province: reference.cityIndex[c.province] ?? i,
        code: nil, names: [c.nameZh] + c.formerNames))
    }
    let owners = Self.matchDatasetToGazetteer(&places, reference: reference, gazetteer: gazetteer)
    // Every division no dataset city stands for becomes a place of its own.
    var placeOfCode: [String: Int] = owners
    for (g, d) in gazetteer.divisions.enumerated() where owners[d.code] == nil {
      placeOfCode[d.code] = places.count
      places.append(Place(
        origin: .gazetteer(g), id: CityID("cn" + d.code), name: d.name, level: d.level,
        parent: nil, province: places.count, code: d.code, names: [d.name]))
    }
    for i in places.indices {
      guard case .gazetteer(let g) = places[i].origin else { continue }
      let d = gazetteer.divisions[g]
      places[i].parent = d.parentCode.flatMap { placeOfCode[$0] }
      places[i].province = placeOfCode[d.provinceCode] ?? i
    }
    var exact: [String: [Int]] = [:]
    var short: [String: [Int]] = [:]
    for (i, p) in places.enumerated() {
      for name in p.names {
        Self.add(i, to: &exact, key: name)
        for form in ChineseNames.shortForms(name) { Self.add(i, to: &short, key: form) }
      }
    }
    self.places = places
    self.exact = exact
    self.short = short
  }

  private static func add(_ place: Int, to index: inout [String: [Int]], key: String) {
    if !(index[key]?.contains(place) ?? false) { index[key, default: []].append(place) }
  }

  /// Finds the division each dataset city stands for, top of the hierarchy first (a city is
  /// matched under its parent's division), adds the division names to the city's names, and
  /// returns division code → place index for every division a city stands for.
  private static func matchDatasetToGazetteer(
    _ places: inout [Place], reference: Dataset, gazetteer: Gazetteer
  ) -> [String: Int] {
    var byParent: [String: [Int]] = [:]  // parent code ("" for provinces) → divisions
    for (g, d) in gazetteer.divisions.enumerated() { byParent[d.parentCode ?? "", default: []].append(g) }
    var owners: [String: Int] = [:]
    let order = places.indices.sorted { (places[$0].level.rank, $0) < (places[$1].level.rank, $1) }
    for i in order {
      let city = reference.cities[i]
      let parentCode: String
      if let p = places[i].parent {
        guard let code = places[p].code else { continue }  // the parent is not in the gazetteer
        parentCode = code
      } else {
        parentCode = ""
      }
      let siblings = (byParent[parentCode] ?? []).filter { owners[gazetteer.divisions[$0].code] == nil }
      let names = Set(places[i].names)
      var matched = siblings.filter { names.contains(gazetteer.divisions[$0].name) }
      if let own = gazetteer.index[city.adcode], siblings.contains(own), !matched.contains(own) {
        matched.insert(own, at: 0)
      }
      if matched.isEmpty, let stem = ChineseNames.shortForms(city.nameZh).first {
        let same = siblings.filter { ChineseNames.shortForms(gazetteer.divisions[$0].name).first == stem }
        if same.count == 1 { matched = same }
      }
      guard !matched.isEmpty else { continue }
      // The code of the division with the current name (or the dataset's code) is the city's code.
      let primary = matched.first { gazetteer.divisions[$0].code == city.adcode }
        ?? matched.first { gazetteer.divisions[$0].name == city.nameZh } ?? matched[0]
      places[i].code = gazetteer.divisions[primary].code
      for g in matched {
        owners[gazetteer.divisions[g].code] = i
        let name = gazetteer.divisions[g].name
        if !places[i].names.contains(name) { places[i].names.append(name) }
      }
    }
    return owners
  }

  /// The place's ancestors, nearest first.
  public func ancestors(_ i: Int) -> [Int] {
    var result: [Int] = []
    var current = places[i].parent
    while let p = current, !result.contains(p), p != i {
      result.append(p)
      current = places[p].parent
    }
    return result
  }

  /// How messages show a place so that equal names are told apart: its parent's name before its
  /// own for units below a province (内江市市中区), and its id.
  public func label(_ i: Int) -> String {
    let p = places[i]
    let prefix = p.parent.map { places[$0].name } ?? ""
    return "\(prefix)\(p.name) (\(p.id))"
  }

  /// The government row a place becomes in cities.csv: the dataset's own row, or a row built from
  /// the gazetteer (no English name; inside the 2016 planning area only when an ancestor in the
  /// dataset lies wholly inside it).
  public func city(_ i: Int) -> City {
    let p = places[i]
    switch p.origin {
    case .dataset(let c):
      return reference.cities[c]
    case .gazetteer(let g):
      let d = gazetteer.divisions[g]
      let whole = ancestors(i).contains { a in
        if case .dataset(let c) = places[a].origin { return reference.cities[c].plan2016 == "whole" }
        return false
      }
      return City(
        id: p.id, nameZh: d.name, nameEn: "", level: d.level, parent: p.parent.map { places[$0].id },
        province: places[p.province].id, adcode: d.code, latitude: d.latitude, longitude: d.longitude,
        inRegion: whole, plan2016: whole ? "whole" : "",
        source: "gazetteer (cpca 0.5.5 adcodes.csv, MIT): name, adcode \(d.code) and seat; level and parent from the code")
    }
  }
}
