#!/usr/bin/env python3
"""Writes the loader fixtures: a tiny valid dataset (`valid/`) and, per error kind, a copy of it
with one thing broken. Test input only: the ids (alpha, beta, ...) and URLs are fake.

The non-UTF-8 fixtures are written here as bytes (GBK via Python's codec, Latin-1 for the other),
so they can be regenerated. Run from anywhere: python3 Tests/ChengyuCoreTests/Fixtures/make-fixtures.py
"""
import pathlib, shutil
ROOT = pathlib.Path(__file__).resolve().parent
CITIES = """id,name_zh,name_en,level,parent,province,adcode,lat,lon,in_region,plan_2016,former_names,status_changes,source
alpha,甲省,Alpha Province,province,,alpha,,,,yes,part,,,test fixture
beta,乙市,Beta City,prefecture,alpha,alpha,,,,yes,whole,,,test fixture
gamma,丙区,Gamma District,district,beta,alpha,,,,yes,whole,,,test fixture
"""
AGREEMENTS = """id,date,title_zh,title_en,parties,mechanism,kind_zh,domains,summary_en,source_url,evidence,confidence
T001,2019-05-01,甲乙合作协议,Alpha-Beta cooperation agreement,alpha;beta,pact,合作协议,roads,Test input only.,https://example.org/t001,test fixture,high
T002,2020,乙丙协议,Beta-Gamma agreement,beta;gamma,forum,协议,roads;rivers,Test input only.,https://example.org/t002,test fixture,medium
"""
POLICIES = """id,date,title_zh,title_en,issuer_zh,issuer_level,doc_type,doc_number,scope,mentions,mentions_zh,summary_en,source_url,evidence,confidence
Q001,2018-07,测试规划,Test plan,甲省人民政府,provincial,plan,,alpha,beta,乙市,Test input only.,https://example.org/q001,test fixture,high
"""
MECHANISMS = """id,family,name_zh,name_en,description_en
forum,governance,论坛,Forum,Test input only.
pact,collaboration,协定,Pact,Test input only.
"""
DOMAINS = """id,name_zh,name_en
roads,道路,Roads
rivers,河流,Rivers
"""
BASE = {"cities.csv": CITIES, "agreements.csv": AGREEMENTS, "policies.csv": POLICIES,
        "mechanisms.csv": MECHANISMS, "domains.csv": DOMAINS}

def make(kind, **changes):
    d = ROOT / kind
    if d.exists(): shutil.rmtree(d)
    d.mkdir(parents=True)
    for name, text in BASE.items():
        new = changes.get(name.replace(".csv", ""), text)
        if new is None: continue
        path = d / name
        if isinstance(new, bytes): path.write_bytes(new)
        else: path.write_text(new, encoding="utf-8")

A_HEAD = AGREEMENTS.splitlines()[0] + "\n"
P_HEAD = POLICIES.splitlines()[0] + "\n"
def arow(id, date="2019", parties="alpha;beta", mech="pact", domains="roads", url="https://example.org/x", title_zh="测试协议", title_en="Test agreement", summary="Test input only."):
    return f"{id},{date},{title_zh},{title_en},{parties},{mech},协议,{domains},{summary},{url},test fixture,high\n"
def prow(id, date="2019", mentions="", url="https://example.org/q"):
    return f"{id},{date},测试政策,Test policy,甲省人民政府,provincial,plan,,alpha,{mentions},,Test input only.,{url},test fixture,high\n"

make("valid")
make("missing-column",
     agreements=A_HEAD.replace(",mechanism,", ",") + "T001,2019,测试协议,Test agreement,alpha;beta,协议,roads,Test input only.,https://example.org/x,test fixture,high\n",
     policies="id,title_zh,title_en,issuer_zh,issuer_level,doc_type,doc_number,scope,mentions,mentions_zh,summary_en,evidence,confidence\n"
              "Q001,测试政策,Test policy,甲省人民政府,provincial,plan,,alpha,,,Test input only.,test fixture,high\n")
make("duplicate-id",
     cities=CITIES + "beta,乙市二,Beta City again,prefecture,alpha,alpha,,,,yes,whole,,,test fixture\n",
     agreements=A_HEAD + arow("T001") + arow("T002") + arow("T001", parties="beta;gamma"))
make("unknown-party",
     agreements=A_HEAD + arow("T001", parties="alpha;delta") + arow("T002", parties="epsilon;beta;zeta") + arow("T003", parties="beta;gamma"),
     policies=P_HEAD + prow("Q001", mentions="beta;omega"))
make("unknown-mechanism",
     agreements=A_HEAD + arow("T001", mech="treaty") + arow("T002") + arow("T003", mech="Pact"))
make("unknown-domain",
     agreements=A_HEAD + arow("T001", domains="roads;weather") + arow("T002", domains="magic") + arow("T003", domains="rivers"))
make("bad-date",
     agreements=A_HEAD + arow("T001", date="2019/05/01") + arow("T002", date="May 2019") + arow("T003", date="")
                + arow("T004", date="2019-5-1") + arow("T005", date="19-01"),
     policies=P_HEAD + prow("Q001", date="2018-07-01T00:00"))
make("impossible-date",
     agreements=A_HEAD + arow("T001", date="2019-02-30") + arow("T002", date="2019-13") + arow("T003", date="2019-02-29")
                + arow("T004", date="2020-02-29") + arow("T005", date="2019-04-31") + arow("T006", date="2019-00"),
     policies=P_HEAD + prow("Q001", date="1900-02-29") + prow("Q002", date="2000-02-29"))
make("too-few-parties",
     agreements=A_HEAD + arow("T001", parties="beta") + arow("T002", parties="beta;beta") + arow("T003", parties="gamma; gamma ;")
                + arow("T004") + arow("T005", parties=""))
make("not-utf8-gbk",
     agreements=(A_HEAD + arow("T001", title_zh="成都合作协议") + arow("T002", title_zh="重庆协议")).encode("gbk"))
make("not-utf8-other",
     agreements=(A_HEAD + arow("T001") + arow("T002", title_en="Caf\u00e9 agreement") ).encode("utf-8").replace("Caf\u00e9".encode("utf-8"), "Caf\u00e9".encode("latin-1")))
make("empty-file", policies="")
make("missing-file", policies=None)
make("parent-cycle",
     cities=CITIES + "delta,丁市,Delta City,prefecture,epsilon,alpha,,,,yes,whole,,,test fixture\n"
                   + "epsilon,戊区,Epsilon District,district,delta,alpha,,,,yes,whole,,,test fixture\n"
                   + "zeta,己区,Zeta District,district,delta,alpha,,,,yes,whole,,,test fixture\n"
                   + "eta,庚县,Eta County,county,eta,alpha,,,,yes,whole,,,test fixture\n")
make("unknown-parent",
     cities=CITIES + "delta,丁区,Delta District,district,omega,alpha,,,,yes,whole,,,test fixture\n"
                   + "epsilon,戊县,Epsilon County,county,Beta,alpha,,,,yes,whole,,,test fixture\n")
make("unclosed-quote",
     agreements=A_HEAD + arow("T001") + arow("T002", summary='"Test input\nonly.') + arow("T003"),
     policies=P_HEAD + prow("Q001") + 'Q002,2019,"测试政策,Test policy,甲省人民政府,provincial,plan,,alpha,,,Test input only.,https://example.org/q,test fixture,high\n')
make("field-count",
     agreements=A_HEAD + arow("T001", summary='"Test input,\nspread over two lines."') + arow("T002").replace(",high\n", ",high,extra\n")
                + arow("T003") + "T004,2019,测试协议,Test agreement,alpha;beta,pact\n" + arow("T005"))
make("empty-source-url",
     agreements=A_HEAD + arow("T001", url="") + arow("T002") + arow("T003", url="  "),
     policies=P_HEAD + prow("Q001", url=""))
make("mixed",
     cities=CITIES + "beta,乙市二,Beta City again,prefecture,alpha,alpha,,,,yes,whole,,,test fixture\n"
                   + "delta,丁区,Delta District,district,omega,alpha,,,,maybe,whole,,,test fixture\n",
     agreements=A_HEAD + arow("T001") + arow("T002", date="2019-02-30", parties="beta", mech="treaty", domains="roads;weather", url="")
                + arow("T003", parties="alpha;nobody") + arow("T001", parties="beta;gamma"),
     policies=P_HEAD + prow("Q001", date="2019-13", mentions="nowhere"))
