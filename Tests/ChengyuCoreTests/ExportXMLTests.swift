import Testing

@testable import ChengyuCore

/// GraphML and GEXF of the fixture, compared to the whole expected document.
@Suite struct ExportXMLTests {
  @Test func graphMLHasTypedKeysEscapedLabelsAndFilter() {
    #expect(GraphMLExport.render(ExportFixture.network()) == Self.graphML + "\n")
  }

  @Test func gexfHasDynamicSpellsFromFirstAgreementToLastDate() {
    #expect(GEXFExport.render(ExportFixture.network()) == Self.gexf + "\n")
  }

  @Test func xmlEscapesAllFiveSpecialCharactersAndDropsForbiddenControls() {
    #expect(XMLText.escape("a&b<c>d\"e'f\u{01}g") == "a&amp;b&lt;c&gt;d&quot;e&apos;fg")
  }

  @Test func gexfRecordsTheActiveFilterInItsDescription() {
    let text = GEXFExport.render(ExportFixture.network(ExportFixture.governanceOnly))
    #expect(text.contains("<description>Exported by chengyu; data: fixture; filter: family=governance; aggregation: signed; 3 nodes, 2 ties</description>"))
  }

  static let graphML = #"""
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="dataset_id" for="node" attr.name="dataset_id" attr.type="string"/>
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="name_en" for="node" attr.name="name_en" attr.type="string"/>
  <key id="level" for="node" attr.name="level" attr.type="string"/>
  <key id="parent" for="node" attr.name="parent" attr.type="string"/>
  <key id="province" for="node" attr.name="province" attr.type="string"/>
  <key id="in_region" for="node" attr.name="in_region" attr.type="boolean"/>
  <key id="lat" for="node" attr.name="lat" attr.type="double"/>
  <key id="lon" for="node" attr.name="lon" attr.type="double"/>
  <key id="first_date" for="node" attr.name="first_date" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
  <key id="governance" for="edge" attr.name="governance" attr.type="int"/>
  <key id="collaboration" for="edge" attr.name="collaboration" attr.type="int"/>
  <key id="mechanism.framework-agreement" for="edge" attr.name="mechanism.framework-agreement" attr.type="int"/>
  <key id="mechanism.joint-conference" for="edge" attr.name="mechanism.joint-conference" attr.type="int"/>
  <key id="domains" for="edge" attr.name="domains" attr.type="string"/>
  <key id="first_year" for="edge" attr.name="first_year" attr.type="int"/>
  <key id="last_year" for="edge" attr.name="last_year" attr.type="int"/>
  <key id="first_date_2" for="edge" attr.name="first_date" attr.type="string"/>
  <key id="last_date" for="edge" attr.name="last_date" attr.type="string"/>
  <key id="agreements" for="edge" attr.name="agreements" attr.type="string"/>
  <key id="description" for="graph" attr.name="description" attr.type="string"/>
  <key id="filter" for="graph" attr.name="filter" attr.type="string"/>
  <key id="aggregation" for="graph" attr.name="aggregation" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <data key="description">Exported by chengyu; data: fixture; filter: none; aggregation: signed; 3 nodes, 3 ties</data>
    <data key="filter">none</data>
    <data key="aggregation">signed</data>
    <node id="chengdu">
      <data key="dataset_id">chengdu</data>
      <data key="label">成都市</data>
      <data key="name_en">Chengdu</data>
      <data key="level">prefecture</data>
      <data key="parent">sichuan</data>
      <data key="province">sichuan</data>
      <data key="in_region">true</data>
      <data key="lat">30.57</data>
      <data key="lon">104.07</data>
      <data key="first_date">2016</data>
    </node>
    <node id="chongqing">
      <data key="dataset_id">chongqing</data>
      <data key="label">重庆市</data>
      <data key="name_en">Chongqing</data>
      <data key="level">province</data>
      <data key="parent"></data>
      <data key="province">chongqing</data>
      <data key="in_region">true</data>
      <data key="lat">29.56</data>
      <data key="lon">106.55</data>
      <data key="first_date">2016</data>
    </node>
    <node id="xtown">
      <data key="dataset_id">xtown</data>
      <data key="label">&quot;X&amp;Y&quot;&lt;镇&gt;</data>
      <data key="name_en">Town, &quot;X&quot;</data>
      <data key="level">county</data>
      <data key="parent">sichuan</data>
      <data key="province">sichuan</data>
      <data key="in_region">false</data>
      <data key="first_date">2017-05</data>
    </node>
    <edge id="e0" source="chengdu" target="chongqing">
      <data key="weight">2</data>
      <data key="governance">1</data>
      <data key="collaboration">1</data>
      <data key="mechanism.framework-agreement">1</data>
      <data key="mechanism.joint-conference">1</data>
      <data key="domains">industry;transport</data>
      <data key="first_year">2016</data>
      <data key="last_year">2017</data>
      <data key="first_date_2">2016</data>
      <data key="last_date">2017-05</data>
      <data key="agreements">A1;A2</data>
    </edge>
    <edge id="e1" source="chengdu" target="xtown">
      <data key="weight">1</data>
      <data key="governance">0</data>
      <data key="collaboration">1</data>
      <data key="mechanism.framework-agreement">1</data>
      <data key="mechanism.joint-conference">0</data>
      <data key="domains">industry;transport</data>
      <data key="first_year">2017</data>
      <data key="last_year">2017</data>
      <data key="first_date_2">2017-05</data>
      <data key="last_date">2017-05</data>
      <data key="agreements">A2</data>
    </edge>
    <edge id="e2" source="chongqing" target="xtown">
      <data key="weight">2</data>
      <data key="governance">1</data>
      <data key="collaboration">1</data>
      <data key="mechanism.framework-agreement">1</data>
      <data key="mechanism.joint-conference">1</data>
      <data key="domains">industry;transport</data>
      <data key="first_year">2017</data>
      <data key="last_year">2018</data>
      <data key="first_date_2">2017-05</data>
      <data key="last_date">2018-03-02</data>
      <data key="agreements">A2;A3</data>
    </edge>
  </graph>
</graphml>
"""#

  static let gexf = #"""
<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>chengyu</creator>
    <description>Exported by chengyu; data: fixture; filter: none; aggregation: signed; 3 nodes, 3 ties</description>
  </meta>
  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">
    <attributes class="node" mode="static">
      <attribute id="name_en" title="name_en" type="string"/>
      <attribute id="level" title="level" type="string"/>
      <attribute id="parent" title="parent" type="string"/>
      <attribute id="province" title="province" type="string"/>
      <attribute id="in_region" title="in_region" type="boolean"/>
      <attribute id="lat" title="lat" type="double"/>
      <attribute id="lon" title="lon" type="double"/>
      <attribute id="first_date" title="first_date" type="string"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="governance" title="governance" type="integer"/>
      <attribute id="collaboration" title="collaboration" type="integer"/>
      <attribute id="mechanism.framework-agreement" title="mechanism.framework-agreement" type="integer"/>
      <attribute id="mechanism.joint-conference" title="mechanism.joint-conference" type="integer"/>
      <attribute id="domains" title="domains" type="string"/>
      <attribute id="first_year" title="first_year" type="integer"/>
      <attribute id="last_year" title="last_year" type="integer"/>
      <attribute id="first_date" title="first_date" type="string"/>
      <attribute id="last_date" title="last_date" type="string"/>
      <attribute id="agreements" title="agreements" type="string"/>
    </attributes>
    <attributes class="edge" mode="dynamic">
      <attribute id="weight" title="weight" type="double"/>
    </attributes>
    <nodes>
      <node id="chengdu" label="成都市">
        <attvalues>
          <attvalue for="name_en" value="Chengdu"/>
          <attvalue for="level" value="prefecture"/>
          <attvalue for="parent" value="sichuan"/>
          <attvalue for="province" value="sichuan"/>
          <attvalue for="in_region" value="true"/>
          <attvalue for="lat" value="30.57"/>
          <attvalue for="lon" value="104.07"/>
          <attvalue for="first_date" value="2016"/>
        </attvalues>
        <spells>
          <spell start="2016-01-01" end="2018-03-02"/>
        </spells>
      </node>
      <node id="chongqing" label="重庆市">
        <attvalues>
          <attvalue for="name_en" value="Chongqing"/>
          <attvalue for="level" value="province"/>
          <attvalue for="parent" value=""/>
          <attvalue for="province" value="chongqing"/>
          <attvalue for="in_region" value="true"/>
          <attvalue for="lat" value="29.56"/>
          <attvalue for="lon" value="106.55"/>
          <attvalue for="first_date" value="2016"/>
        </attvalues>
        <spells>
          <spell start="2016-01-01" end="2018-03-02"/>
        </spells>
      </node>
      <node id="xtown" label="&quot;X&amp;Y&quot;&lt;镇&gt;">
        <attvalues>
          <attvalue for="name_en" value="Town, &quot;X&quot;"/>
          <attvalue for="level" value="county"/>
          <attvalue for="parent" value="sichuan"/>
          <attvalue for="province" value="sichuan"/>
          <attvalue for="in_region" value="false"/>
          <attvalue for="first_date" value="2017-05"/>
        </attvalues>
        <spells>
          <spell start="2017-05-01" end="2018-03-02"/>
        </spells>
      </node>
    </nodes>
    <edges>
      <edge id="e0" source="chengdu" target="chongqing" weight="2">
        <attvalues>
          <attvalue for="governance" value="1"/>
          <attvalue for="collaboration" value="1"/>
          <attvalue for="mechanism.framework-agreement" value="1"/>
          <attvalue for="mechanism.joint-conference" value="1"/>
          <attvalue for="domains" value="industry;transport"/>
          <attvalue for="first_year" value="2016"/>
          <attvalue for="last_year" value="2017"/>
          <attvalue for="first_date" value="2016"/>
          <attvalue for="last_date" value="2017-05"/>
          <attvalue for="agreements" value="A1;A2"/>
          <attvalue for="weight" value="1" start="2016-01-01" end="2016-12-31"/>
          <attvalue for="weight" value="2" start="2017-01-01" end="2018-03-02"/>
        </attvalues>
        <spells>
          <spell start="2016-01-01" end="2018-03-02"/>
        </spells>
      </edge>
      <edge id="e1" source="chengdu" target="xtown" weight="1">
        <attvalues>
          <attvalue for="governance" value="0"/>
          <attvalue for="collaboration" value="1"/>
          <attvalue for="mechanism.framework-agreement" value="1"/>
          <attvalue for="mechanism.joint-conference" value="0"/>
          <attvalue for="domains" value="industry;transport"/>
          <attvalue for="first_year" value="2017"/>
          <attvalue for="last_year" value="2017"/>
          <attvalue for="first_date" value="2017-05"/>
          <attvalue for="last_date" value="2017-05"/>
          <attvalue for="agreements" value="A2"/>
          <attvalue for="weight" value="1" start="2017-05-01" end="2018-03-02"/>
        </attvalues>
        <spells>
          <spell start="2017-05-01" end="2018-03-02"/>
        </spells>
      </edge>
      <edge id="e2" source="chongqing" target="xtown" weight="2">
        <attvalues>
          <attvalue for="governance" value="1"/>
          <attvalue for="collaboration" value="1"/>
          <attvalue for="mechanism.framework-agreement" value="1"/>
          <attvalue for="mechanism.joint-conference" value="1"/>
          <attvalue for="domains" value="industry;transport"/>
          <attvalue for="first_year" value="2017"/>
          <attvalue for="last_year" value="2018"/>
          <attvalue for="first_date" value="2017-05"/>
          <attvalue for="last_date" value="2018-03-02"/>
          <attvalue for="agreements" value="A2;A3"/>
          <attvalue for="weight" value="1" start="2017-05-01" end="2017-12-31"/>
          <attvalue for="weight" value="2" start="2018-01-01" end="2018-03-02"/>
        </attvalues>
        <spells>
          <spell start="2017-05-01" end="2018-03-02"/>
        </spells>
      </edge>
    </edges>
  </graph>
</gexf>
"""#
}
