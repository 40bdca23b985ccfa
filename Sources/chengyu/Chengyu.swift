import ArgumentParser

/// The `chengyu` command: the explorer by default, subcommands for scripts and pipes.
@main
struct Chengyu: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chengyu",
    abstract: "Explore networks of inter-governmental cooperation (default: Chengdu–Chongqing 成渝, 2011–2020).",
    discussion: """
      With no subcommand, opens the explorer on the embedded dataset (or --data DIR).

      Examples:
        chengyu                                  open the explorer
        chengyu stats --json                     counts as JSON
        chengyu list ties --family governance    governance ties, heaviest first
        chengyu list agreements --years 2016-2017 --format csv
        chengyu show chengdu                     a city's partners and agreements
        chengyu stats --measures                 centralities per city (= networkx)
        chengyu compare --periods 2011-2015,2016-2017
        chengyu export --format gexf -o n.gexf   the network for Gephi
        chengyu draw map --format svg -o m.svg   the network on a map (also graph, matrix)
        chengyu validate ./mydata                check a dataset folder
      """,
    version: ChengyuVersion.current,
    subcommands: [
      ExploreCommand.self, StatsCommand.self, ListCommand.self, ShowCommand.self,
      CompareCommand.self, ExportCommand.self, DrawCommand.self, ValidateCommand.self,
    ],
    defaultSubcommand: ExploreCommand.self
  )
}

enum ChengyuVersion {
  static let current = "0.1.0"
}
