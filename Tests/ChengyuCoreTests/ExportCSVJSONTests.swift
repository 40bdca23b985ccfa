import Testing

@testable import ChengyuCore

/// Gephi CSV and JSON of the fixture, compared to the whole expected text.
@Suite struct ExportCSVJSONTests {
  @Test func gephiNodesTableQuotesCommasAndQuotes() {
    #expect(GephiCSVExport(network: ExportFixture.network()).nodes() == Self.nodes.replacingNewlines() + "\r\n")
  }

  @Test func gephiEdgesTableIsUndirectedWithWeightsAndAgreementIds() {
    #expect(GephiCSVExport(network: ExportFixture.network()).edges() == Self.edges.replacingNewlines() + "\r\n")
  }

  @Test func csvAboutFileRecordsTheFilter() {
    let about = GephiCSVExport(network: ExportFixture.network(ExportFixture.governanceOnly)).about()
    #expect(about.hasPrefix("Exported by chengyu; data: fixture; filter: family=governance; aggregation: signed; 3 nodes, 2 ties\n"))
    #expect(about.contains(#""families":["governance"]"#))
  }

  @Test func excelFlagAddsAByteOrderMarkToCSVTablesOnly() {
    let plain = ExportFormat.csv.render(ExportFixture.network())
    let excel = ExportFormat.csv.render(ExportFixture.network(), excel: true)
    #expect(Array(excel[0].prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(Array(excel[0].dropFirst(3)) == plain[0])
    #expect(Array(excel[1].prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(excel[2] == plain[2])
    #expect(plain[0].first == UInt8(ascii: "S"))
  }

  @Test func jsonHasNodesTiesMechanismCountsAndFilter() {
    #expect(JSONExport.render(ExportFixture.network()) == Self.json + "\n")
  }

  @Test func outputPathsForOneAndSeveralFiles() {
    #expect(ExportFormat.gexf.paths(for: "out/net.gexf") == ["out/net.gexf"])
    #expect(ExportFormat.csv.paths(for: "out/net") == ["out/net.edges.csv", "out/net.nodes.csv", "out/net.about.txt"])
    #expect(ExportFormat.csv.paths(for: "net.csv") == ["net.edges.csv", "net.nodes.csv", "net.about.txt"])
    #expect(ExportFormat.dl.paths(for: "net.dl") == ["net.dl", "net.labels.csv", "net.dl.about.txt"])
  }

  static let nodes = #"""
Id,Label,name_en,level,parent,province,in_region,lat,lon,first_date,Timeset
chengdu,成都市,Chengdu,prefecture,sichuan,sichuan,true,30.57,104.07,2016,"<[2016-01-01, 2018-03-02]>"
chongqing,重庆市,Chongqing,province,,chongqing,true,29.56,106.55,2016,"<[2016-01-01, 2018-03-02]>"
xtown,"""X&Y""<镇>","Town, ""X""",county,sichuan,sichuan,false,,,2017-05,"<[2017-05-01, 2018-03-02]>"
"""#

  static let edges = #"""
Source,Target,Type,Weight,governance,collaboration,mechanism.framework-agreement,mechanism.joint-conference,domains,first_year,last_year,first_date,last_date,agreements,Timeset
chengdu,chongqing,Undirected,2,1,1,1,1,industry;transport,2016,2017,2016,2017-05,A1;A2,"<[2016-01-01, 2018-03-02]>"
chengdu,xtown,Undirected,1,0,1,1,0,industry;transport,2017,2017,2017-05,2017-05,A2,"<[2017-05-01, 2018-03-02]>"
chongqing,xtown,Undirected,2,1,1,1,1,industry;transport,2017,2018,2017-05,2018-03-02,A2;A3,"<[2017-05-01, 2018-03-02]>"
"""#

  static let json = #"""
{
  "format": "chengyu-network",
  "directed": false,
  "source": "fixture",
  "description": "Exported by chengyu; data: fixture; filter: none; aggregation: signed; 3 nodes, 3 ties",
  "filter": {
    "families": [],
    "mechanisms": [],
    "domains": [],
    "years": null,
    "levels": [],
    "in_region": false,
    "cross_border": false,
    "text": "",
    "aggregation": "signed",
    "issuer_levels": []
  },
  "node_count": 3,
  "tie_count": 3,
  "nodes": [
    {
      "id": "chengdu",
      "label": "成都市",
      "name_en": "Chengdu",
      "level": "prefecture",
      "parent": "sichuan",
      "province": "sichuan",
      "in_region": true,
      "lat": 30.57,
      "lon": 104.07,
      "first_date": "2016"
    },
    {
      "id": "chongqing",
      "label": "重庆市",
      "name_en": "Chongqing",
      "level": "province",
      "parent": "",
      "province": "chongqing",
      "in_region": true,
      "lat": 29.56,
      "lon": 106.55,
      "first_date": "2016"
    },
    {
      "id": "xtown",
      "label": "\"X&Y\"<镇>",
      "name_en": "Town, \"X\"",
      "level": "county",
      "parent": "sichuan",
      "province": "sichuan",
      "in_region": false,
      "lat": null,
      "lon": null,
      "first_date": "2017-05"
    }
  ],
  "ties": [
    {
      "source": "chengdu",
      "target": "chongqing",
      "weight": 2,
      "governance": 1,
      "collaboration": 1,
      "mechanisms": {
        "framework-agreement": 1,
        "joint-conference": 1
      },
      "domains": [
        "industry",
        "transport"
      ],
      "first_year": 2016,
      "last_year": 2017,
      "first_date": "2016",
      "last_date": "2017-05",
      "agreements": [
        "A1",
        "A2"
      ]
    },
    {
      "source": "chengdu",
      "target": "xtown",
      "weight": 1,
      "governance": 0,
      "collaboration": 1,
      "mechanisms": {
        "framework-agreement": 1,
        "joint-conference": 0
      },
      "domains": [
        "industry",
        "transport"
      ],
      "first_year": 2017,
      "last_year": 2017,
      "first_date": "2017-05",
      "last_date": "2017-05",
      "agreements": [
        "A2"
      ]
    },
    {
      "source": "chongqing",
      "target": "xtown",
      "weight": 2,
      "governance": 1,
      "collaboration": 1,
      "mechanisms": {
        "framework-agreement": 1,
        "joint-conference": 1
      },
      "domains": [
        "industry",
        "transport"
      ],
      "first_year": 2017,
      "last_year": 2018,
      "first_date": "2017-05",
      "last_date": "2018-03-02",
      "agreements": [
        "A2",
        "A3"
      ]
    }
  ]
}
"""#
}
