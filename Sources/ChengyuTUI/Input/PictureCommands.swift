/// Keys of the map, graph and matrix screens. Left and right (h, l) select the nearest city
/// that way; up and down (k, j) are the global move-up and move-down, which on these screens
/// select the nearest city north or south (matrix: move the cursor a row).
enum PictureCommands {
  static let pictures: [ScreenKind] = [.map, .graph, .matrix]
  static let canvases: [ScreenKind] = [.map, .graph]

  static let all: [Command] = [
    Command("picture-left", "Select west", "Select the nearest city to the left (matrix: the previous column).",
            scope: .screens(pictures), keys: ["left", "h"], action: .picture(.move(.left))),
    Command("picture-right", "Select east", "Select the nearest city to the right (matrix: the next column).",
            scope: .screens(pictures), keys: ["right", "l"], hint: "select", action: .picture(.move(.right))),
    Command("picture-zoom-in", "Zoom in", "Show half the width, around the same centre.",
            scope: .screens(canvases), keys: ["+", "="], hint: "zoom", action: .picture(.zoom(2))),
    Command("picture-zoom-out", "Zoom out", "Show twice the width.", scope: .screens(canvases), keys: ["-"],
            action: .picture(.zoom(0.5))),
    Command("picture-pan-west", "Pan west", "Move the view a quarter of its width west.", scope: .screens(canvases),
            keys: ["H"], hint: "pan", action: .picture(.pan(dx: -0.25, dy: 0))),
    Command("picture-pan-east", "Pan east", "Move the view a quarter of its width east.", scope: .screens(canvases),
            keys: ["L"], action: .picture(.pan(dx: 0.25, dy: 0))),
    Command("picture-pan-north", "Pan north", "Move the view a quarter of its height north.", scope: .screens(canvases),
            keys: ["K"], action: .picture(.pan(dx: 0, dy: 0.25))),
    Command("picture-pan-south", "Pan south", "Move the view a quarter of its height south.", scope: .screens(canvases),
            keys: ["J"], action: .picture(.pan(dx: 0, dy: -0.25))),
    Command("picture-fit", "Fit", "Zoom out to show every city.", scope: .screens(canvases), keys: ["0"], hint: "fit",
            action: .picture(.fit)),
    Command("picture-play", "Play growth", "Step through the years, ties appearing as their first agreement is signed; any key stops.",
            scope: .screens(canvases), keys: ["p"], hint: "play", action: .picture(.play)),
  ]
}
