import Foundation

/// One gazetteer file as stored: the bundled resources and a user's `--gazetteer FILE` share this format.
///
/// Every key is optional, so a file may hold only people, or only a few countries. Every string in `name`,
/// `official`, `aliases`, `demonyms` and `metonyms` is a surface form, matched case-sensitively as written.
struct GazetteerFile: Decodable, Sendable {
    struct Country: Decodable, Sendable {
        var id: String
        var alpha2: String?
        var name: String
        var official: String?
        var aliases: [String]?
        var demonyms: [String]?
        var metonyms: [String]?
        /// Combining forms that name the country only before a hyphen and a capital: `Indo` in `Indo-Russian`.
        var prefixes: [String]?
    }

    /// A membership with the dates it held, as `YYYY` or `YYYY-MM-DD`.
    struct Membership: Decodable, Sendable, Hashable {
        var id: String
        var since: String?
        var until: String?
    }

    struct Grouping: Decodable, Sendable {
        var id: String
        var name: String
        var official: String?
        var aliases: [String]?
        var members: [Membership]?
    }

    struct Bloc: Decodable, Sendable {
        var id: String
        var name: String
        var aliases: [String]?
        /// Adjectives that name the bloc only before a lower-case word: `Western` in `Western sanctions` and
        /// `Western-backed`, not in `Western Europe` or `Western Union`.
        var adjectives: [String]?
        var note: String?
    }

    struct Role: Decodable, Sendable, Hashable {
        var title: String
        var from: String?
        var until: String?
        /// Who the person acted for in this role, where it differs from the person's `affiliation`.
        var affiliation: String?
    }

    struct Person: Decodable, Sendable {
        var id: String
        var name: String
        var affiliation: String?
        var aliases: [String]?
        var roles: [Role]?
    }

    var countries: [Country]?
    var groupings: [Grouping]?
    var blocs: [Bloc]?
    var people: [Person]?
    /// Surface forms that name no actor; being longer, they block the names inside them (`Indian Ocean`).
    var exclusions: [String]?

    static func load(from url: URL) throws -> GazetteerFile {
        try decodeDataFile(GazetteerFile.self, from: url)
    }
}

/// Reads and decodes one of the gazetteer's JSON data files, with errors that name the file and say whether it
/// could not be read or is not in its format.
func decodeDataFile<Contents: Decodable>(_ type: Contents.Type, from url: URL) throws -> Contents {
    let data: Data
    do {
        data = try Data(contentsOf: url)
    } catch {
        throw GazetteerError.unreadable(url.path)
    }
    do {
        return try JSONDecoder().decode(type, from: data)
    } catch {
        throw GazetteerError.malformed(url.path, String(describing: error))
    }
}

/// Why a gazetteer could not be loaded.
public enum GazetteerError: Error, CustomStringConvertible, Equatable {
    case unreadable(String)
    case malformed(String, String)
    case missingResources
    case unknownReference(file: String, entry: String, reference: String)

    public var description: String {
        switch self {
        case .unreadable(let path):
            "cannot read gazetteer file \(path)"
        case .malformed(let path, let why):
            "gazetteer file \(path) is not in the gazetteer format: \(why)"
        case .missingResources:
            "the bundled gazetteer is missing from this build; reinstall the tool"
        case .unknownReference(let file, let entry, let reference):
            "gazetteer file \(file): \(entry) names \"\(reference)\", which no gazetteer file defines"
        }
    }
}
