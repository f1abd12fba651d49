import ActorGraphCore
import Foundation

extension Gazetteer {
    /// The geography the map draws with (`graph export --layout geo`): the bundled capitals (`capitals.tsv`) and
    /// places (`places.tsv`) beside the gazetteer, its groupings' current members (those with no `until`; all it had
    /// for a grouping that is no more, such as the G8), the land (`Geography/land.txt`), and the names queries take
    /// (`queryNames()`), so a network whose ids are names is placed too. Where each comes from: `Docs/Gazetteer.md`.
    public func atlas() throws -> Atlas {
        guard let resources = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw GazetteerError.missingResources
        }
        let folder = resources.appendingPathComponent("Gazetteer")
        return Atlas(
            capitals: try Self.coordinates(in: folder.appendingPathComponent("capitals.tsv")),
            places: try Self.coordinates(in: folder.appendingPathComponent("places.tsv")),
            members: memberships.mapValues { all in
                let current = all.filter { $0.until == nil }
                return (current.isEmpty ? all : current).map(\.member)
            },
            land: try Self.outlines(in: resources.appendingPathComponent("Geography/land.txt")),
            names: queryNames())
    }

    /// The `id`, `latitude` and `longitude` columns of a tab-separated file whose `#` lines are comments and whose
    /// first other line names the columns.
    static func coordinates(in url: URL) throws -> [String: GeoCoordinate] {
        let lines = try dataLines(of: url)
        guard let header = lines.first?.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init),
            let id = header.firstIndex(of: "id"), let latitude = header.firstIndex(of: "latitude"),
            let longitude = header.firstIndex(of: "longitude")
        else { throw GazetteerError.malformed(url.path, "no header line naming id, latitude and longitude") }
        var coordinates: [String: GeoCoordinate] = [:]
        for line in lines.dropFirst() {
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count, let lat = Double(fields[latitude]), let lon = Double(fields[longitude])
            else { throw GazetteerError.malformed(url.path, "line \(line.number) is not \(header.count) fields") }
            let coordinate = GeoCoordinate(latitude: lat, longitude: lon)
            guard coordinate.isValid else {
                throw GazetteerError.malformed(url.path, "line \(line.number): \(lat), \(lon) is not on the globe")
            }
            coordinates[fields[id]] = coordinate
        }
        return coordinates
    }

    /// One outline a line: `longitude,latitude` pairs separated by spaces.
    static func outlines(in url: URL) throws -> [[GeoCoordinate]] {
        try dataLines(of: url).map { line in
            try line.text.split(separator: " ").map { pair in
                let parts = pair.split(separator: ",")
                guard parts.count == 2, let lon = Double(parts[0]), let lat = Double(parts[1]) else {
                    throw GazetteerError.malformed(url.path, "line \(line.number): \"\(pair)\" is not longitude,latitude")
                }
                return GeoCoordinate(latitude: lat, longitude: lon)
            }
        }
    }

    /// The lines of a data file that are neither empty nor `#` comments, with their line numbers.
    private static func dataLines(of url: URL) throws -> [(number: Int, text: Substring)] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw GazetteerError.unreadable(url.path) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { (number: $0.offset + 1, text: $0.element) }
            .filter { !$0.text.isEmpty && !$0.text.hasPrefix("#") }
    }
}
