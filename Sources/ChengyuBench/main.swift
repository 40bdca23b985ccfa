// ChengyuBench: benchmarks, dispatched on the first argument. Figures go to docs/performance.md.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "graph":
  runGraphBenchmark(Array(arguments.dropFirst()))
default:
  print("usage: ChengyuBench graph [options]   (see docs/performance.md)")
}
