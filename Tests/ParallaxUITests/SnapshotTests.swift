import Foundation
import Testing
@testable import ParallaxUI
import TestSupport

/// Every view rendered at four sizes and compared with the snapshots in `Snapshots/`: the characters,
/// then one letter a cell for its style (`Grid.styleLayer`). To re-record after an intended change:
/// `PARALLAX_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests`, then review the diff.
struct SnapshotTests {
    typealias F = ReaderFixture
    static let folder = SharedFixtures.packageRoot.appendingPathComponent("Tests/ParallaxUITests/Snapshots")
    static let sizes = [(80, 24), (120, 40), (40, 12), (200, 60)]

    static let views: [(name: String, keys: [Key])] = [
        ("read", []),
        ("article", [.tab, .character("j")]),
        ("panel", [.tab, .tab, .down]),
        ("boilerplate", [.down, .character("b"), .tab, .character("G")]),
        ("compare", [.character("c")]),
        ("statement", [.tab, .tab, .enter]),
        ("matrix", [.character("m")]),
        ("help", [.character("?")]),
        ("search", [.character("/"), .character("c"), .character("r"), .character("a"), .character("n"), .character("e"), .enter]),
    ]

    static func snapshot(_ grid: Grid) -> String { grid.text + "\n--- style ---\n" + grid.styleLayer + "\n" }

    @Test(arguments: views.indices)
    func viewMatchesItsSnapshots(view: Int) throws {
        for (width, height) in Self.sizes {
            var reader = F.reader(width: width, height: height)
            for key in Self.views[view].keys { reader.handle(key) }
            let rendered = Self.snapshot(reader.render())
            let file = Self.folder.appendingPathComponent("\(Self.views[view].name)-\(width)x\(height).txt")
            let record = ProcessInfo.processInfo.environment["PARALLAX_RECORD_SNAPSHOTS"] != nil
            if record || !FileManager.default.fileExists(atPath: file.path) {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try rendered.write(to: file, atomically: true, encoding: .utf8)
                if !record { Issue.record("recorded a missing snapshot: \(file.lastPathComponent); check it and commit it") }
                continue
            }
            let expected = try String(contentsOf: file, encoding: .utf8)
            #expect(rendered == expected, "\(file.lastPathComponent) differs; re-record with PARALLAX_RECORD_SNAPSHOTS=1 if the change is intended")
        }
    }

    @Test func everyRowFitsTheScreenAndNoControlCharacterIsDrawn() {
        for (width, height) in Self.sizes + [(20, 6), (19, 5), (1, 1)] {
            for view in Self.views {
                var reader = F.reader(width: width, height: height)
                for key in view.keys { reader.handle(key) }
                let grid = reader.render()
                for row in grid.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    #expect(DisplayWidth.of(String(row)) <= width)
                }
                #expect(!grid.cells.contains { $0.text.unicodeScalars.contains(where: DisplayWidth.isControl) })
            }
        }
    }
}
