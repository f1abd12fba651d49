import ActorGraphCommands
import ActorGraphCore
import ActorGraphExtraction
import ActorGraphParser
import ArgumentParser
import Foundation

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the dependency parse of a sentence, or parse a CoNLL-U file.",
        discussion: """
            The tool decides who did what to whom from this parse: each word's part of speech (Universal \
            Dependencies tags), the word it depends on (its head) and how (nsubj is the subject, obj the object, \
            obl:agent the "by" agent of a passive, nmod:poss a possessor, ...). Use it to see why a relation got its \
            sign.

              graph parse "Russia was criticised by India."
              graph parse --json "India and Japan signed a deal with Australia."

            With --conllu the input is gold-tokenised CoNLL-U (only the ID and FORM columns are read; multiword-token \
            and empty-node lines are carried through); the output is the same sentences, in order, with the \
            predicted UPOS, XPOS, HEAD and DEPREL and with DEPS cleared, ready for the CoNLL 2018 evaluation script; \
            --conllu - reads standard input.

              graph parse --conllu ../shared/ud/en_ewt-ud-test.conllu > predicted.conllu

            The model was trained on UD English EWT (CC BY-SA 4.0); --model-info says how, and how well it scored.
            """
    )

    @Argument(help: "A sentence to parse.")
    var sentence: String?

    @Option(help: "Parse this gold-tokenised CoNLL-U file (- for standard input) and write CoNLL-U.")
    var conllu: String?

    @Flag(help: "Print the parse as JSON: one object per word.")
    var json = false

    @Flag(help: "Say on standard error how long loading the model and parsing took.")
    var timings = false

    @Flag(help: "Print how the bundled model was trained and how it scored, then stop.")
    var modelInfo = false

    func validate() throws {
        if modelInfo { return }
        switch (sentence, conllu) {
        case (nil, nil): throw ValidationError("give a sentence to parse, or --conllu FILE")
        case (.some, .some): throw ValidationError("give either a sentence or --conllu FILE, not both")
        case (.some(let text), nil) where text.allSatisfy(\.isWhitespace):
            throw ValidationError("the sentence is empty: nothing to parse")
        case (nil, .some) where json: throw ValidationError("--json is for one sentence; --conllu writes CoNLL-U")
        default: break
        }
    }

    func run() throws {
        let loadStart = Date()
        let parser = try EnglishParser.bundled()
        let loadTime = Date().timeIntervalSince(loadStart)
        if modelInfo {
            print(parser.modelDescription)
            return
        }
        let start = Date()
        var clock = ParseClock()
        if let conllu {
            try parseCoNLLU(conllu, with: parser, clock: &clock)
        } else if let sentence {
            let parse = clock.time { NewsTagHints.parse(sentence, with: parser) }
            print(json ? Self.json(parse) : Self.table(parse))
        }
        if timings {
            let total = Date().timeIntervalSince(start)
            func rate(_ seconds: Double) -> Int { seconds > 0 ? Int(Double(clock.sentences) / seconds) : 0 }
            Console.note(
                "model loaded in \(Format.number(loadTime, digits: 3)) s; \(clock.sentences) sentences tagged and parsed "
                    + "in \(Format.number(clock.seconds, digits: 3)) s (\(rate(clock.seconds)) sentences/s; processor time "
                    + "\(Format.number(clock.processorSeconds, digits: 3)) s, \(rate(clock.processorSeconds)) sentences/s); "
                    + "reading and writing took \(Format.number(total - clock.seconds, digits: 3)) s more")
        }
    }

    /// The time spent tagging and parsing alone, apart from reading and writing: as the clock on the wall measures it,
    /// and as the processor time of the thread, which other programs on a shared machine change less.
    struct ParseClock {
        var seconds = 0.0
        var processorSeconds = 0.0
        var sentences = 0

        mutating func time<T>(_ work: () -> T) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let processorStart = Self.threadProcessorTime()
            let result = work()
            seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            processorSeconds += Self.threadProcessorTime() - processorStart
            sentences += 1
            return result
        }

        /// Seconds of processor time this thread has used.
        static func threadProcessorTime() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
    }

    /// Parses every sentence of the file and writes it to standard output.
    private func parseCoNLLU(_ path: String, with parser: EnglishParser, clock: inout ParseClock) throws {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: path) else {
                throw ParseInputError("cannot read \(path): no such file, or not readable")
            }
            data = read
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ParseInputError("\(path) is not UTF-8 text; CoNLL-U files are UTF-8")
        }
        let sentences: [TreebankSentence]
        do {
            sentences = try CoNLLU.read(text)
        } catch let error as CoNLLU.FormatError {
            throw ParseInputError("\(path), \(error): not CoNLL-U")
        }
        var out = ""
        for var sentence in sentences {
            let forms = sentence.forms
            let parse = clock.time { parser.parse(forms: forms) }
            var word = 0
            for (index, line) in sentence.lines.enumerated() {
                guard case .word(var columns) = line else { continue }
                columns[3] = parse.tags[word].description
                columns[4] = parse.pennTags[word]
                columns[6] = parse.heads[word].map { String($0 + 1) } ?? "0"
                columns[7] = parse.relations[word]
                columns[8] = "_"
                sentence.lines[index] = .word(columns)
                word += 1
            }
            out += CoNLLU.write(sentence)
            if out.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    static func table(_ parse: ParsedSentence) -> String {
        var table = Table(
            headers: ["#", "word", "tag", "head", "relation"], alignments: [.right, .left, .left, .left, .left])
        for i in 0..<parse.count {
            let head = parse.heads[i].map { "\($0 + 1) \(parse.tokens[$0].form)" } ?? "0 (root)"
            table.rows.append([String(i + 1), parse.tokens[i].form, parse.tags[i].description, head, parse.relations[i]])
        }
        return table.render()
    }

    static func json(_ parse: ParsedSentence) -> String {
        let words: [JSONValue] = (0..<parse.count).map { i in
            .object([
                ("id", .int(i + 1)),
                ("form", .string(parse.tokens[i].form)),
                ("upos", .string(parse.tags[i].description)),
                ("xpos", .string(parse.pennTags[i])),
                ("head", .int(parse.heads[i].map { $0 + 1 } ?? 0)),
                ("deprel", .string(parse.relations[i])),
                ("start", .int(parse.tokens[i].start)),
                ("end", .int(parse.tokens[i].end)),
            ])
        }
        return JSONValue.array(words).render(style: .readable)
    }
}

struct ParseInputError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
