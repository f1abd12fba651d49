import Foundation

/// The words that give a sentence a cooperative or conflictual lean, and the words that turn them around:
/// the `Resources/Lexicon/stance.json` resource, which documents its own format.
public struct StanceLexicon: Sendable {
    /// A cue word: matched whole, or as the beginning of a word when the lexicon writes it with a trailing `*`.
    enum Word: Sendable, Hashable {
        case exact(String)
        case prefix(String)

        init(_ text: String) {
            self = text.hasSuffix("*") ? .prefix(String(text.dropLast())) : .exact(text)
        }

        func matches(_ token: String) -> Bool {
            switch self {
            case .exact(let word): token == word
            case .prefix(let start): token.hasPrefix(start)
            }
        }
    }

    struct Cue: Sendable {
        var phrase: String
        var words: [Word]
        var stance: Double
    }

    /// Cues whose first word is exact, by that word; each list longest first.
    let cuesByFirstWord: [String: [Cue]]
    /// Cues whose first word is a prefix, longest first.
    let prefixCues: [Cue]
    let negators: Set<String>
    let scopeBreakers: Set<String>
    let negationWindow: Int

    /// The lexicon shipped with the package.
    public static func bundled() throws -> StanceLexicon {
        guard let url = Bundle.module.url(forResource: "stance", withExtension: "json", subdirectory: "Resources/Lexicon")
        else { throw GazetteerError.missingResources }
        return try load(from: url)
    }

    static func load(from url: URL) throws -> StanceLexicon {
        struct File: Decodable {
            struct Entry: Decodable {
                var cue: String
                var stance: Double
            }
            var negation_window: Int
            var negators: [String]
            var scope_breakers: [String]
            var cues: [Entry]
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        } catch {
            throw GazetteerError.malformed(url.path, String(describing: error))
        }
        let cues = file.cues.map { entry in
            Cue(phrase: entry.cue, words: entry.cue.split(separator: " ").map { Word(String($0)) }, stance: entry.stance)
        }
        .sorted { ($0.words.count, $1.phrase) > ($1.words.count, $0.phrase) }
        var byFirst: [String: [Cue]] = [:]
        var prefixed: [Cue] = []
        for cue in cues {
            switch cue.words[0] {
            case .exact(let word): byFirst[word, default: []].append(cue)
            case .prefix: prefixed.append(cue)
            }
        }
        return StanceLexicon(
            cuesByFirstWord: byFirst, prefixCues: prefixed, negators: Set(file.negators),
            scopeBreakers: Set(file.scope_breakers), negationWindow: file.negation_window)
    }

    /// The longest cue that starts at `tokens[index]`, if any.
    func cue(startingAt index: Int, in tokens: [String]) -> Cue? {
        let candidates = (cuesByFirstWord[tokens[index]] ?? []) + prefixCues
        var best: Cue?
        for cue in candidates where index + cue.words.count <= tokens.count {
            guard best == nil || cue.words.count > best!.words.count else { continue }
            if zip(cue.words, tokens[index...]).allSatisfy({ $0.matches($1) }) { best = cue }
        }
        return best
    }
}
