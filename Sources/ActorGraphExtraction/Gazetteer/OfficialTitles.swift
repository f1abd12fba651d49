import Foundation

/// The words that mark someone as an official (`ambassador`, `Foreign Minister`, `spokesperson`), with the
/// honorifics that may stand between a title and a name and the particles a name may hold in lower case.
///
/// Loaded from `Resources/Titles/titles.json`. Titles are found with one ``SurfaceMatcher`` pass, so a sentence
/// without any title costs a walk of the trie and nothing more.
struct OfficialTitles: Sendable {
    private struct File: Decodable {
        var titles: [String]
        var honorifics: [String]
        var particles: [String]
        var nonNames: [String]
    }

    let matcher: SurfaceMatcher
    /// Honorifics as written (`General`, `Sheikh`, `Dr.`), each split into its words.
    let honorifics: [[String]]
    /// Lower-case name particles (`bin`, `de`, `van`); one ending in `-` joins the next word (`al-Burhan`).
    let particles: Set<String>
    /// Capitalised words that are never part of a person's name (`Monday`, `Meanwhile`, `Ministry`).
    let nonNames: Set<String>
    /// The lower-case nouns that head a title (`minister` of `foreign minister`, `secretary` of `secretary of
    /// state`): whoever holds one is a person, so "his" and "her" can stand for "the Pakistani president".
    let offices: Set<String>

    /// The bundled titles.
    static func bundled() throws -> OfficialTitles {
        guard let url = Bundle.module.url(forResource: "titles", withExtension: "json", subdirectory: "Resources/Titles")
        else { throw GazetteerError.missingResources }
        let file = try decodeDataFile(File.self, from: url)
        return OfficialTitles(
            titles: file.titles, honorifics: file.honorifics, particles: file.particles, nonNames: file.nonNames)
    }

    init(titles: [String], honorifics: [String], particles: [String], nonNames: [String]) {
        var forms: [String] = []
        var seen = Set<String>()
        for title in titles.map({ $0.lowercased() }).sorted() {
            for variant in Self.variants(of: title) where seen.insert(variant).inserted {
                forms.append(variant)
            }
        }
        matcher = SurfaceMatcher(forms: forms.map { ($0, .wordEdge) })
        self.honorifics = honorifics.map { $0.split(separator: " ").map(String.init) }
        self.particles = Set(particles.map { $0.lowercased() })
        self.nonNames = Set(nonNames)
        offices = Set(
            titles.compactMap { title in
                let head = title.lowercased().components(separatedBy: " of ")[0].components(separatedBy: " for ")[0]
                return head.split(separator: " ").last.map(String.init)
            })
    }

    /// Whether `word` addresses the person whose name follows it: a one-word honorific (`Mr`, `Dr`) or the last word
    /// of a title, capitalised (`President`, `Minister`).
    func addresses(_ word: String) -> Bool {
        honorifics.contains([word]) || (word.first?.isUppercase == true && offices.contains(word.lowercased()))
    }

    /// `foreign minister`, `Foreign minister`, `Foreign Minister`, `FOREIGN MINISTER`; small words stay lower case
    /// in Title Case (`Minister of State`).
    static func variants(of title: String) -> [String] {
        let words = title.split(separator: " ").map(String.init)
        let small: Set<String> = ["of", "for", "the", "to", "and"]
        let titleCase = words.map { small.contains($0) ? $0 : capitalised($0) }.joined(separator: " ")
        let first = ([capitalised(words[0])] + words.dropFirst()).joined(separator: " ")
        return [title, first, titleCase, title.uppercased()]
    }

    /// `secretary-general` → `Secretary-General`: every letter after a hyphen is capitalised too.
    private static func capitalised(_ word: String) -> String {
        word.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }
}
