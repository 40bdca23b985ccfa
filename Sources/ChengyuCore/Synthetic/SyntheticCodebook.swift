/// The codebook a synthetic corpus is coded with: the same categories as data/mechanisms.csv and
/// data/domains.csv (a test keeps them equal), so synthetic data exercises the real filters.
enum SyntheticCodebook {
  /// Header and rows of mechanisms.csv.
  static let mechanismHeader = ["id", "family", "name_zh", "name_en", "description_en"]
  static let mechanisms: [[String]] = [
    ["joint-conference", "governance", "联席会议机制", "Joint conference",
     "Recurring meetings of government leaders (mayors' joint conferences, provincial consultation meetings) and the declarations, resolutions or rules they adopt."],
    ["coordination-mechanism", "governance", "协调机制", "Coordination mechanism",
     "An agreement that sets up or runs a standing body or procedure for cross-boundary coordination: consultation mechanisms, alliances with a secretariat, implementing rules."],
    ["joint-plan", "governance", "共同规划与工作方案", "Joint plan",
     "A plan, work programme or action plan adopted jointly that assigns tasks and timelines to the parties."],
    ["framework-agreement", "collaboration", "框架/战略合作协议", "Framework agreement",
     "A broad cooperation agreement covering several fields (comprehensive, strategic or framework cooperation agreements)."],
    ["sectoral-agreement", "collaboration", "专项合作协议", "Sectoral agreement",
     "An agreement on one field of concrete cooperation, such as joint pollution control, transport links, tourism or public security."],
    ["declaration", "collaboration", "宣言/共识/备忘录", "Declaration or memorandum",
     "A non-binding declaration, consensus statement or memorandum of understanding in which parties state shared intentions."],
  ]
  /// A document form (kind_zh) typical of each mechanism, in the order of `mechanisms`.
  static let kinds = ["会议纪要", "工作机制", "工作方案", "框架协议", "合作协议", "合作宣言"]

  /// Header and rows of domains.csv.
  static let domainHeader = ["id", "name_zh", "name_en"]
  static let domains: [[String]] = [
    ["economy", "经济发展", "Economic development"],
    ["industry", "产业协作", "Industry"],
    ["transport", "交通基础设施", "Transport and infrastructure"],
    ["environment", "生态环境", "Environment"],
    ["water", "水资源与流域治理", "Water and river basins"],
    ["public-services", "公共服务", "Public services"],
    ["healthcare", "医疗卫生", "Healthcare"],
    ["education", "教育", "Education"],
    ["social-security", "社会保障", "Social security"],
    ["tourism", "旅游", "Tourism"],
    ["culture", "文化", "Culture"],
    ["science-technology", "科技创新", "Science and technology"],
    ["agriculture", "农业", "Agriculture"],
    ["public-security", "公共安全与警务", "Public security and policing"],
    ["market-regulation", "市场监管", "Market regulation"],
    ["trade-and-opening", "开放与贸易", "Trade and opening-up"],
    ["planning", "规划协调", "Planning coordination"],
    ["energy", "能源", "Energy"],
    ["emergency", "应急管理", "Emergency management"],
    ["talent", "人才", "Talent and human resources"],
  ]
}
