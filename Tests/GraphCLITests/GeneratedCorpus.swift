import Foundation

/// A large corpus written for a test: `articles` short dated news items spread over `files` `.jsonl` files, made
/// from a fixed seed, so every run writes the same bytes.
///
/// The items tie some thirty countries in every way the extractor reads (agreements, criticism, sanctions, praise,
/// negated and undone cues, co-mentions without a stance), and name an official the gazetteer does not list as Israeli in some and
/// as Palestinian in others, so that his affiliation is a vote between articles. With 2,000 articles `graph build`
/// writes a `network.json` of two megabytes, its diagram and the document index: enough for a build to be
/// killed while it writes, and for the order of the files or the number of cores to show if they mattered.
enum GeneratedCorpus {
    static let countries = [
        "India", "Russia", "China", "Pakistan", "Japan", "Australia", "Brazil", "Argentina", "Chile", "France",
        "Germany", "Italy", "Spain", "Turkey", "Iran", "Israel", "Egypt", "Nigeria", "Kenya", "Canada", "Mexico",
        "Indonesia", "Vietnam", "Thailand", "South Korea", "North Korea", "Ukraine", "Poland", "Sweden", "Norway",
    ]
    /// Half of them name two countries with no cue: a co-mention is stored like any sentence, but not parsed, so
    /// the files grow with the corpus while the build stays quick.
    static let sentences = [
        "{a} and {b} signed a defence agreement.", "{a} criticised {b} over the border.",
        "{a} imposed sanctions on {b}.", "{a} praised {b} for its support.",
        "{a} did not condemn {b}.", "{a} and {b} are not allies.", "{a} lifted its sanctions on {b}.",
        "Israeli Defence Minister Avi Cohenstein met the envoy of {a} in Jerusalem.",
        "Palestinian Interior Minister Avi Cohenstein thanked {a} for its support.",
    ] + Array(repeating: [
        "Delegates from {a} and {b} attended the conference.", "Ministers of {a} and {b} were in Geneva on Tuesday.",
        "{a} and {b} sent observers to the vote.",
    ], count: 3).joined()

    /// Writes the corpus into a new folder and returns the paths of its files, in name order.
    static func write(articles: Int, files: Int) throws -> [String] {
        let folder = try GraphTool.scratchFolder()
        var random = SplitMix(seed: 13)
        var lines = Array(repeating: [String](), count: files)
        for article in 0..<articles {
            var text: [String] = []
            for _ in 0..<4 {
                let a = countries[random.next(below: countries.count)]
                var b = countries[random.next(below: countries.count)]
                while b == a { b = countries[random.next(below: countries.count)] }
                let sentence = sentences[random.next(below: sentences.count)]
                text.append(sentence.replacingOccurrences(of: "{a}", with: a).replacingOccurrences(of: "{b}", with: b))
            }
            let date = String(format: "%04d-%02d-%02d", 2020 + article % 4, 1 + article % 12, 1 + article % 28)
            let line = try JSONSerialization.data(
                withJSONObject: ["id": "g\(article)", "title": "News \(article)", "date": date, "text": text.joined(separator: " ")],
                options: [.sortedKeys])
            lines[article % files].append(String(decoding: line, as: UTF8.self))
        }
        return try lines.enumerated().map { index, lines in
            let url = folder.appendingPathComponent(String(format: "part-%03d.jsonl", index))
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
    }

    /// SplitMix64 (Steele, Lea and Flood, 2014): small, and the same numbers on every platform.
    struct SplitMix {
        var state: UInt64

        init(seed: UInt64) {
            state = seed
        }

        mutating func next(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }
}
