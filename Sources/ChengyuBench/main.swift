#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#endif

// ChengyuBench MODE ARGS…: each mode lives in its own file; add a case here to add one.
let usage = """
  usage: ChengyuBench generate DIR --cities N --agreements M [--policies P] [--seed S]
         ChengyuBench csv FILE [--runs R]     parse-only timing of one CSV file
         ChengyuBench load DIR [--runs R]     DatasetLoader timing and peak memory
         ChengyuBench graph [DIR] [--cities N --agreements M --seed S] [--threads T]
                            [--edges FILE] [--only betweenness,closeness,…]   network measures
                            (--only also: follow-up, cancel-eigenvector, cancel-clustering, cancel-constraint)
         ChengyuBench filter [DIR] [--cities N --agreements M --seed S] [--runs R]
                            [--only family,years,…]   tie building, one filter change per dimension
         ChengyuBench picture [DIR] [--cities N --agreements M --seed S] [--size WxH] [--runs R]
                            map picture, map frame, force layout, bytes per pan key
  Benchmark data is SYNTHETIC (seeded, labelled synthetic in every record); build with -c release.
  """

let arguments = CommandLine.arguments
let mode = arguments.count > 1 ? arguments[1] : ""
let rest = arguments.dropFirst(2)
do {
  switch mode {
  case "generate": try GenerateMode.run(rest)
  case "csv": try CSVMode.run(rest)
  case "load": try LoadMode.run(rest)
  case "graph": try GraphMode.run(rest)
  case "filter": try FilterMode.run(rest)
  case "picture": try PictureMode.run(rest)
  case "csv-dump": try CSVDumpMode.run(rest)  // hidden: used by scripts/check-csv.py
  case "help", "-h", "--help":
    print(usage)
  default:
    throw UsageError(message: mode.isEmpty ? "no mode given" : "unknown mode \"\(mode)\"")
  }
} catch let error as UsageError {
  fputs("ChengyuBench: \(error.message)\n\(usage)\n", stderr)
  exit(2)
} catch {
  fputs("ChengyuBench: \(error)\n", stderr)
  exit(1)
}
