/// Keys of the map, graph and matrix screens. Left and right (h, l) select the nearest city
/// that way; up and down (k, j) are the global move-up and move-down, which on these screens
/// select the nearest city north or south (matrix: move the cursor a row).
enum PictureCommands {
  static let pictures: [ScreenKind] = [.map, .graph, .matrix]
  static let canvases: [ScreenKind] = [.map, .graph]

  static let all: [Command] = [
    Command("picture-left", .pictureLeft, .pictureLeftHelp,
            scope: .screens(pictures), keys: ["left", "h"], action: .picture(.move(.left))),
    Command("picture-right", .pictureRight, .pictureRightHelp,
            scope: .screens(pictures), keys: ["right", "l"], hint: "select", action: .picture(.move(.right))),
    Command("picture-zoom-in", .pictureZoomIn, .pictureZoomInHelp,
            scope: .screens(canvases), keys: ["+", "="], hint: "zoom", action: .picture(.zoom(2))),
    Command("picture-zoom-out", .pictureZoomOut, .pictureZoomOutHelp, scope: .screens(canvases), keys: ["-"],
            action: .picture(.zoom(0.5))),
    Command("picture-pan-west", .picturePanWest, .picturePanWestHelp, scope: .screens(canvases),
            keys: ["H", "shift+left"], hint: "pan", action: .picture(.pan(dx: -0.25, dy: 0))),
    Command("picture-pan-east", .picturePanEast, .picturePanEastHelp, scope: .screens(canvases),
            keys: ["L", "shift+right"], action: .picture(.pan(dx: 0.25, dy: 0))),
    Command("picture-pan-north", .picturePanNorth, .picturePanNorthHelp, scope: .screens(canvases),
            keys: ["K", "shift+up"], action: .picture(.pan(dx: 0, dy: 0.25))),
    Command("picture-pan-south", .picturePanSouth, .picturePanSouthHelp, scope: .screens(canvases),
            keys: ["J", "shift+down"], action: .picture(.pan(dx: 0, dy: -0.25))),
    Command("picture-fit", .pictureFit, .pictureFitHelp, scope: .screens(canvases), keys: ["0"], hint: "fit",
            action: .picture(.fit)),
    Command("picture-play", .picturePlay, .picturePlayHelp,
            scope: .screens(canvases), keys: ["p"], hint: "play", action: .picture(.play)),
    Command("picture-communities", .pictureCommunities, .pictureCommunitiesHelp,
            scope: .screens(canvases), keys: ["c"], hint: "communities", action: .toggleCommunities),
  ]
}
