import Foundation
import Testing

/// `../shared/bench/news.jsonl` is real news published for research; its README allows it for benchmarks and as the
/// pool annotation draws from, and forbids copying it into the project or its tests. Annotations name sentences by
/// position (`news-relations.tsv`), and examples in tests and comments are reworded: this test holds the project to
/// that, by looking for nine words in a row of any article in every text file of the repository.
@Suite struct BenchTextTests {
    /// Words in a row that count as a copy: short phrases ("the US and the EU") are anyone's.
    static let run = 9

    /// The repository's root, three folders above this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Whitespace-separated words, with the quotes, brackets and `+` that join Swift string literals taken off
    /// their edges, in lower case.
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split(whereSeparator: \.isWhitespace).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'`()[],+\\")) [...]
        }.filter { !$0.isEmpty }
    }

    /// Every run of `run` words in `words`, hashed.
    static func runs(_ words: [Substring]) -> [Int] {
        guard words.count >= run else { return [] }
        return (0...(words.count - run)).map { start in
            var hasher = Hasher()
            for word in words[start..<start + run] { hasher.combine(word) }
            return hasher.finalize()
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: SentencePairs.newsArticles.path), "needs ../shared/bench"))
    func noFileOfTheProjectCopiesTheBenchNews() throws {
        struct Article: Decodable { var title: String; var text: String }
        var news = Set<Int>()
        for line in try String(contentsOf: SentencePairs.newsArticles, encoding: .utf8).split(separator: "\n") {
            let article = try JSONDecoder().decode(Article.self, from: Data(line.utf8))
            news.formUnion(Self.runs(Self.words(article.title)))
            news.formUnion(Self.runs(Self.words(article.text)))
        }
        // The bundled corpus is the project's own (`../shared/corpus`), and `Graphs/` is built from it.
        let textFiles = ["swift", "md", "py", "sh", "json", "tsv", "txt"]
        var copies: [String] = []
        for folder in ["Sources", "Tests", "Docs", "Benchmarks", "Spark", "README.md"] {
            let url = Self.root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL } ?? [url]
            for file in files where textFiles.contains(file.pathExtension) {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
                let found = Self.runs(Self.words(text)).filter(news.contains).count
                if found > 0 { copies.append("\(file.path): \(found) runs of \(Self.run) words") }
            }
        }
        #expect(copies.isEmpty, "news text copied from ../shared/bench:\n\(copies.joined(separator: "\n"))")
    }
}
