/// The explorer's commands in both languages: each command's title (`moveDown`) and its help
/// (`moveDownHelp`), named after its long name (`move-down`), which stays English in the palette.
public enum TUICommandMsg: String, MessageKey {
  case moveDown, moveDownHelp, moveUp, moveUpHelp, halfPageDown, halfPageDownHelp
  case halfPageUp, halfPageUpHelp, pageDown, pageDownHelp, pageUp, pageUpHelp
  case goTop, goTopHelp, goBottom, goBottomHelp, open, openHelp
  case back, backHelp, focusLeft, focusLeftHelp, focusRight, focusRightHelp
  case openPartner, openPartnerHelp, nextScreen, nextScreenHelp, previousScreen, previousScreenHelp
  case filterFamily, filterFamilyHelp, filterPanel, filterPanelHelp, filterClear, filterClearHelp
  case filterAggregation, filterAggregationHelp, filterInRegion, filterInRegionHelp, filterCrossBorder, filterCrossBorderHelp
  case filterYearsClear, filterYearsClearHelp, timelineWindowStart, timelineWindowStartHelp, timelineWindowEnd, timelineWindowEndHelp
  case timelineMonths, timelineMonthsHelp, filterDecrease, filterDecreaseHelp, filterIncrease, filterIncreaseHelp
  case filterToggle, filterToggleHelp, search, searchHelp, sortNext, sortNextHelp
  case sortReverse, sortReverseHelp, export, exportHelp, commandPalette, commandPaletteHelp
  case toggleAscii, toggleAsciiHelp, computeMeasures, computeMeasuresHelp, redraw, redrawHelp
  case quit, quitHelp
  case pictureLeft, pictureLeftHelp, pictureRight, pictureRightHelp, pictureZoomIn, pictureZoomInHelp, pictureZoomOut, pictureZoomOutHelp, picturePanWest, picturePanWestHelp, picturePanEast, picturePanEastHelp, picturePanNorth, picturePanNorthHelp, picturePanSouth, picturePanSouthHelp, pictureFit, pictureFitHelp, picturePlay, picturePlayHelp

  public var texts: LocalizedText {
    switch self {
    case .moveDown: .init("Down", "向下")
    case .moveDownHelp: .init("Select the next row.", "选择下一行。")
    case .moveUp: .init("Up", "向上")
    case .moveUpHelp: .init("Select the previous row.", "选择上一行。")
    case .halfPageDown: .init("Half page down", "下翻半页")
    case .halfPageDownHelp: .init("Move down half a screen.", "向下移动半屏。")
    case .halfPageUp: .init("Half page up", "上翻半页")
    case .halfPageUpHelp: .init("Move up half a screen.", "向上移动半屏。")
    case .pageDown: .init("Page down", "下翻一页")
    case .pageDownHelp: .init("Move down one screen.", "向下移动一屏。")
    case .pageUp: .init("Page up", "上翻一页")
    case .pageUpHelp: .init("Move up one screen.", "向上移动一屏。")
    case .goTop: .init("Top", "顶部")
    case .goTopHelp: .init("Select the first row.", "选择第一行。")
    case .goBottom: .init("Bottom", "底部")
    case .goBottomHelp: .init("Select the last row.", "选择最后一行。")
    case .open: .init("Open", "打开")
    case .openHelp: .init("Open the selected row: a city, a tie, a record; on the timeline, show only that year.", "打开所选行：城市、关系或记录；在时间线上只显示该年。")
    case .back: .init("Back", "返回")
    case .backHelp: .init("Close the prompt, clear the search, or go back to the previous screen.", "关闭输入栏、清除搜索，或回到上一个界面。")
    case .focusLeft: .init("Left list", "左侧列表")
    case .focusLeftHelp: .init("Move to the partners list.", "移到合作方列表。")
    case .focusRight: .init("Right list", "右侧列表")
    case .focusRightHelp: .init("Move to the agreements list.", "移到协议列表。")
    case .openPartner: .init("Open partner", "打开合作方")
    case .openPartnerHelp: .init("Open the selected partner's own city screen (Enter opens the tie: the agreements of the two).", "打开所选合作方自己的城市界面（Enter 打开两者之间的关系及其协议）。")
    case .nextScreen: .init("Next screen", "下一个界面")
    case .nextScreenHelp: .init("Show the next top-level screen.", "显示下一个顶层界面。")
    case .previousScreen: .init("Previous screen", "上一个界面")
    case .previousScreenHelp: .init("Show the previous top-level screen.", "显示上一个顶层界面。")
    case .filterFamily: .init("Cycle mechanism family", "切换机制类别")
    case .filterFamilyHelp: .init("Show all agreements, then governance only, then collaboration only.", "依次显示全部协议、仅治理类、仅协作类。")
    case .filterPanel: .init("Filter panel", "筛选面板")
    case .filterPanelHelp: .init("Choose mechanism types, domains, years, levels, region and aggregation.", "选择机制类型、领域、年份、层级、规划区和汇总层级。")
    case .filterClear: .init("Clear filters", "清除筛选")
    case .filterClearHelp: .init("Remove every filter, every search and the aggregation (back to signed).", "清除所有筛选、所有搜索和汇总层级（恢复为签署方）。")
    case .filterAggregation: .init("Cycle aggregation", "切换汇总层级")
    case .filterAggregationHelp: .init("Count governments as signed, rolled up to cities, or to provinces.", "按签署方计数，或汇总到城市，或汇总到省级。")
    case .filterInRegion: .init("In-region only", "仅规划区内")
    case .filterInRegionHelp: .init("Count only parties inside the 2016 planning area.", "只计入 2016 年规划范围内的签署方。")
    case .filterCrossBorder: .init("Cross-border only", "仅跨省")
    case .filterCrossBorderHelp: .init("Keep only ties between Sichuan and Chongqing governments.", "只保留四川与重庆政府之间的关系。")
    case .filterYearsClear: .init("All years", "全部年份")
    case .filterYearsClearHelp: .init("Remove the year range.", "取消年份范围。")
    case .timelineWindowStart: .init("Window start", "起始年")
    case .timelineWindowStartHelp: .init("Make the selected year the first year shown.", "把所选年份设为显示的第一年。")
    case .timelineWindowEnd: .init("Window end", "截止年")
    case .timelineWindowEndHelp: .init("Make the selected year the last year shown.", "把所选年份设为显示的最后一年。")
    case .timelineMonths: .init("Months", "按月")
    case .timelineMonthsHelp: .init("Show the months of the selected year, or go back to the years.", "显示所选年份的各月，或回到按年显示。")
    case .filterDecrease: .init("Step left", "向左调整")
    case .filterDecreaseHelp: .init("Step the selected setting back (years, family, aggregation).", "把所选设置往回调（年份、机制类别、汇总层级）。")
    case .filterIncrease: .init("Step right", "向右调整")
    case .filterIncreaseHelp: .init("Step the selected setting forward (years, family, aggregation).", "把所选设置往前调（年份、机制类别、汇总层级）。")
    case .filterToggle: .init("Toggle", "切换")
    case .filterToggleHelp: .init("Switch the selected setting on or off.", "打开或关闭所选设置。")
    case .search: .init("Search", "搜索")
    case .searchHelp: .init("Narrow the list as you type: Chinese, pinyin, pinyin initials (cq) or English, any case.", "边输入边筛选列表：中文、拼音、拼音首字母（cq）或英文，不区分大小写。")
    case .sortNext: .init("Sort by next column", "按下一列排序")
    case .sortNextHelp: .init("Sort the list by the next column.", "按下一列对列表排序。")
    case .sortReverse: .init("Reverse sort", "反向排序")
    case .sortReverseHelp: .init("Reverse the sort order.", "反转排序方向。")
    case .export: .init("Export", "导出")
    case .exportHelp: .init("Write the network on screen (filter, years, aggregation) to a file: type a format and a file name.", "把当前显示的网络（筛选、年份、汇总层级）写入文件：输入格式和文件名。")
    case .commandPalette: .init("Command palette", "命令面板")
    case .commandPaletteHelp: .init("Run any command by its name.", "按名称执行任意命令。")
    case .toggleAscii: .init("ASCII mode", "ASCII 模式")
    case .toggleAsciiHelp: .init("Switch between Chinese names with box glyphs and pinyin with ASCII.", "在中文名称加方框字符与拼音加 ASCII 字符之间切换。")
    case .computeMeasures: .init("Compute measures", "计算指标")
    case .computeMeasuresHelp: .init("Compute the network measures for the current filter when the network is too large for them to be computed on every change (old name: compute-betweenness).", "网络太大、无法在每次变更时计算时，为当前筛选计算网络指标（旧名：compute-betweenness）。")
    case .redraw: .init("Redraw", "重绘")
    case .redrawHelp: .init("Repaint the whole screen.", "重新绘制整个屏幕。")
    case .quit: .init("Quit", "退出")
    case .quitHelp: .init("Leave the explorer.", "离开浏览器。")
    case .pictureLeft: .init("Select west", "向西选择")
    case .pictureLeftHelp: .init("Select the nearest city to the left (matrix: the previous column).", "选择左侧最近的城市（矩阵：上一列）。")
    case .pictureRight: .init("Select east", "向东选择")
    case .pictureRightHelp: .init("Select the nearest city to the right (matrix: the next column).", "选择右侧最近的城市（矩阵：下一列）。")
    case .pictureZoomIn: .init("Zoom in", "放大")
    case .pictureZoomInHelp: .init("Show half the width, around the same centre.", "以同一中心显示一半宽度。")
    case .pictureZoomOut: .init("Zoom out", "缩小")
    case .pictureZoomOutHelp: .init("Show twice the width.", "显示两倍宽度。")
    case .picturePanWest: .init("Pan west", "向西平移")
    case .picturePanWestHelp: .init("Move the view a quarter of its width west.", "视图向西移动四分之一宽度。")
    case .picturePanEast: .init("Pan east", "向东平移")
    case .picturePanEastHelp: .init("Move the view a quarter of its width east.", "视图向东移动四分之一宽度。")
    case .picturePanNorth: .init("Pan north", "向北平移")
    case .picturePanNorthHelp: .init("Move the view a quarter of its height north.", "视图向北移动四分之一高度。")
    case .picturePanSouth: .init("Pan south", "向南平移")
    case .picturePanSouthHelp: .init("Move the view a quarter of its height south.", "视图向南移动四分之一高度。")
    case .pictureFit: .init("Fit", "适应窗口")
    case .pictureFitHelp: .init("Zoom out to show every city.", "缩小以显示所有城市。")
    case .picturePlay: .init("Play growth", "播放增长")
    case .picturePlayHelp: .init("Step through the years, ties appearing as their first agreement is signed; any key stops.", "逐年播放，关系在其首项协议签署时出现；按任意键停止。")
    }
  }
}
