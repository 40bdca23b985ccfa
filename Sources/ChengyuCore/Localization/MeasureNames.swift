/// The measure table's names in the interface language: the table holds both (its Chinese terms
/// are the standard SNA ones), so the catalogue does not repeat them.
extension CityMeasureDescriptor {
  /// Full name: "Betweenness centrality" / 中介中心度.
  public func title(_ language: Language) -> String { language == .en ? title : titleZh }
  /// Column header: "betweenness" / 中介.
  public func header(_ language: Language) -> String { language == .en ? header : headerZh }
}

extension NetworkMeasureDescriptor {
  /// Full name: "Average clustering" / 平均聚类系数.
  public func title(_ language: Language) -> String { language == .en ? title : titleZh }
}
