import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `graph export --layout geo` on the committed `Graphs/network.json`: a map whose marks stand where the countries are.
@Suite struct MapExportTests {
    /// The centre of each node's mark in the SVG Graphviz wrote, by node id (`<g id="map-node-IND" class="node">`,
    /// its hyphens written `&#45;`, then its `<ellipse cx cy>` or `<polygon points>`), in SVG coordinates: x grows
    /// east, y grows south.
    static func markCentres(inSVG svg: String) -> [String: (x: Double, y: Double)] {
        var centres: [String: (x: Double, y: Double)] = [:]
        let text = svg.replacingOccurrences(of: "&#45;", with: "-")
        for group in text.components(separatedBy: "<g id=\"map-node-").dropFirst() {
            guard let id = group.split(separator: "\"").first.map(String.init) else { continue }
            if let ellipse = group.firstMatch(of: /<ellipse[^>]*cx="([-0-9.]+)" cy="([-0-9.]+)"/),
                let x = Double(ellipse.output.1), let y = Double(ellipse.output.2)
            {
                centres[id] = (x, y)
            } else if let outline = group.firstMatch(of: /<(?:polygon[^>]*points|path[^>]*d)="([^"]+)"/) {
                // A hexagon's corners, or a rounded box's path (`M x,y C x,y …`): the middle of their extent.
                let numbers = outline.output.1.matches(of: /-?[0-9]+(?:\.[0-9]+)?/).compactMap { Double($0.output) }
                let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
                let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
                guard let west = xs.min(), let east = xs.max(), let north = ys.min(), let south = ys.max() else {
                    continue
                }
                centres[id] = ((west + east) / 2, (north + south) / 2)
            }
        }
        return centres
    }

    @Test func indiaIsEastOfPakistanAndWestOfChinaOnTheMap() throws {
        let run = try GraphTool.run(["export", "--layout", "geo", "--format", "svg"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try XMLContent(Data(run.stdout.utf8)).count("svg") == 1)
        let centres = Self.markCentres(inSVG: run.stdout)
        let india = try #require(centres["IND"])
        let pakistan = try #require(centres["PAK"])
        let china = try #require(centres["CHN"])
        #expect(pakistan.x < india.x && india.x < china.x)
        #expect(india.y > pakistan.y && india.y > china.y, "New Delhi is south of Islamabad and Beijing")
        let australia = try #require(centres["AUS"])
        let russia = try #require(centres["RUS"])
        #expect(australia.y > russia.y && australia.y > india.y, "the south is down")
        let brazil = try #require(centres["BRA"])
        let usa = try #require(centres["USA"])
        #expect(usa.x < brazil.x && brazil.x < india.x, "the Americas are west")
        // Every actor of the network has its mark.
        let ids = try GraphTool.json(String(
            decoding: try Data(contentsOf: GraphTool.repository.appendingPathComponent("Graphs/network.json")),
            as: UTF8.self))["nodes"] as? [[String: Any]] ?? []
        #expect(Set(centres.keys) == Set(ids.compactMap { $0["id"] as? String }))
    }

    @Test func theMapIsAPNGTooAndItsDOTKeepsThePositions() throws {
        let folder = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("map.png")
        let run = try GraphTool.run(["export", "--layout", "geo", "--format", "png", "-o", png.path])
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(bytes.count > 100_000, "land, marks and names, not a blank page")

        let dot = try GraphTool.run(["export", "--layout", "geo", "--format", "dot", "--kinds", "country"])
        #expect(dot.status == 0, "\(dot.stderr)")
        let nodes = dot.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") && !$0.contains(" -- ") }
        #expect(nodes.count > 10)
        #expect(nodes.allSatisfy { $0.contains("pos=\"") && $0.contains("!\"") })
    }

    @Test(arguments: [
        (["--layout", "geo", "--format", "json"], "use it with --format svg, png or dot"),
        (["--layout", "geo", "--format", "svg", "--engine", "neato"], "leave out --engine"),
        (["--layout", "geo", "--format", "svg", "--clusters"], "--clusters"),
        (["--layout", "map", "--format", "svg"], "'force' and 'geo'"),
    ])
    func aLayoutThatCannotBeDrawnIsAClearError(arguments: [String], message: String) throws {
        let run = try GraphTool.run(["export"] + arguments)
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }
}
