/// The README.md of a template folder: what each file and column holds.
enum TemplateReadme {
  static func text(examples: [String]) -> String {
    let ids = examples.map { "`\($0)`" }.joined(separator: ", ")
    return """
      # A Chengyu dataset

      Five CSV files (UTF-8, comma-separated, a header row; the column order is free and extra
      columns are ignored). Multi-valued cells use `;` between values. Dates are `YYYY`, `YYYY-MM`
      or `YYYY-MM-DD`: the precision your source gives, never more.

      **The example rows.** `agreements.csv` and `policies.csv` each hold one example whose id
      starts with `EXAMPLE-` and whose summary says so: real, sourced records copied from the
      Chengdu–Chongqing dataset built into `chengyu`. `cities.csv` holds the governments that example
      needs (\(ids)). Replace them with your own rows.

      Check the folder with `chengyu validate .` (every problem as file:line: reason), then open it
      with `chengyu --data .`. In your own data, provenance is optional: an empty `source_url`,
      `evidence`, `confidence`, `title_en` or a city's `source` is a warning, not an error.
      A coding sheet (.xlsx or .csv) can be turned into such a folder with `chengyu import`.

      ## cities.csv — the governments (nodes)
      | column | meaning |
      |---|---|
      | id | unique ASCII id, e.g. `chengdu`; agreements name parties by it |
      | name_zh, name_en | Chinese name (成都市); English or pinyin name |
      | level | `province`, `prefecture`, `district` or `county` |
      | parent | id of the administrative parent; empty for provincial-level units |
      | province | id of the provincial-level unit it belongs to (its own id for a province) |
      | adcode | 6-digit administrative division code, may be empty |
      | lat, lon | seat of government in decimal degrees, may be empty |
      | in_region | `yes` if inside your study region, else `no` (`--in-region` keeps the `yes` ones) |
      | plan_2016 | `whole`, `part` or `no` (inside the 2016 Chengdu–Chongqing plan), may be empty |
      | former_names | earlier names, `;`-separated (潼南县 for 潼南区) |
      | status_changes | dated administrative changes, free text |
      | source | what confirmed the row (optional in your own data) |

      Every `parent` and `province` must be a row of this file; `province` must be a
      provincial-level unit and agree with the parent's. Districts and counties roll up to their
      city and province through these columns (`--aggregate city|province`).

      ## agreements.csv — the agreements (ties)
      | column | meaning |
      |---|---|
      | id | unique id, e.g. `A001` |
      | date | signing date |
      | title_zh, title_en | title as the source names it; English translation (optional) |
      | parties | ids from cities.csv, `;`-separated, at least two distinct |
      | mechanism | an id from mechanisms.csv |
      | kind_zh | the document form as named (合作协议, 备忘录, 宣言 …), optional |
      | domains | ids from domains.csv, `;`-separated, may be empty |
      | summary_en | one sentence, optional |
      | source_url | the public page the record was verified on (optional in your own data) |
      | evidence | what that page shows, and any inference made (optional) |
      | confidence | e.g. `high` (date, title and parties stated) or `medium` (one inferred) (optional) |

      Every pair of parties is tied; a tie's weight is the number of agreements behind it.

      ## policies.csv — policy documents (timeline milestones)
      | column | meaning |
      |---|---|
      | id, date, title_zh, title_en | as for agreements |
      | issuer_zh, issuer_level | issuing body; `central`, `provincial` or `joint-provincial` |
      | doc_type, doc_number, scope | `plan`, `opinion` …; 文号; `national`, `chengdu-chongqing` … |
      | mentions | ids from cities.csv the document names, `;`-separated |
      | mentions_zh | the places as the document names them |
      | summary_en, source_url, evidence, confidence | as for agreements |

      ## mechanisms.csv and domains.csv — the codebook
      `mechanisms.csv`: `id,family,name_zh,name_en,description_en`; `family` is `governance` (治理)
      or `collaboration` (协作). `domains.csv`: `id,name_zh,name_en`. These are the categories of the
      Chengdu–Chongqing dataset; recode by editing them: the program reads the categories from
      these files, not from code.

      """
  }
}
