import Foundation
import Testing

@testable import ActorGraphExtraction

/// Paths, folders and inputs that are not articles.
@Suite struct CorpusReaderTests {
    func skipped(_ items: [CorpusItem]) -> [SkippedInput] {
        items.compactMap { item in
            if case .skipped(let skipped) = item { return skipped }
            return nil
        }
    }

    @Test func binaryFileIsSkippedAndTheRestIsRead() throws {
        let folder = try ReadingFixtures.folder([
            "a.txt": Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]),
            "b.txt": Data("Russia and India\n\nThey met.".utf8),
        ])
        let items = try CorpusReader().read([folder])
        #expect(items.count == 2)
        #expect(skipped(items).map(\.name) == ["a.txt"])
        #expect(skipped(items).first?.reason.contains("binary") == true)
        guard case .document(let document) = items[1] else {
            Issue.record("b.txt should be read")
            return
        }
        #expect(document.sentences == ["Russia and India", "They met."])
    }

    /// Windows' Notepad saves "Unicode" text as UTF-16 with a byte-order mark: it is read, either byte order.
    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func utf16WithAByteOrderMarkIsRead(encoding: String.Encoding) throws {
        let mark: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        let text = try #require("Talks\n\nIndia and Russia signed a pact in Moscow.".data(using: encoding))
        let folder = try ReadingFixtures.folder(["notepad.txt": Data(mark) + text])
        let items = try CorpusReader().read([folder])
        guard case .document(let document) = items.first else {
            Issue.record("notepad.txt should be read: \(items)")
            return
        }
        #expect(document.sentences.last == "India and Russia signed a pact in Moscow.")
    }

    @Test func utf16WithoutAMarkIsNamedWithHowToConvert() throws {
        let text = try #require("India and Russia signed a pact in Moscow.".data(using: .utf16LittleEndian))
        let folder = try ReadingFixtures.folder(["nomark.txt": text])
        let reason = skipped(try CorpusReader().read([folder])).first?.reason ?? ""
        #expect(reason.contains("UTF-16") && reason.contains("iconv -f UTF-16LE"), "\(reason)")
        #expect(!reason.contains("binary"))
    }

    @Test func aNamedPipeIsSkippedAsWhatItIs() throws {
        let folder = try ReadingFixtures.folder([:])
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let pipe = (folder as NSString).appendingPathComponent("feed.txt")
        #expect(mkfifo(pipe, 0o644) == 0)
        let reasons = skipped(try CorpusReader().read([pipe])).map(\.reason)
        #expect(reasons.count == 1)
        #expect(reasons.first?.contains("named pipe") == true, "\(reasons)")
        #expect(reasons.first?.contains("permission") == false)
    }

    @Test func invalidUTF8IsSkippedWithTheLineAndHowToConvert() throws {
        var latin1 = Data("Title\nLine two\nCaf".utf8)
        latin1.append(0xE9)
        let folder = try ReadingFixtures.folder(["latin.txt": latin1])
        let reasons = skipped(try CorpusReader().read([folder])).map(\.reason)
        #expect(reasons.count == 1)
        #expect(reasons.first?.contains("not valid UTF-8") == true)
        #expect(reasons.first?.contains("line 3") == true)
        #expect(reasons.first?.contains("iconv") == true)
    }

    @Test func emptyAndDebrisOnlyFilesAreSkipped() throws {
        let folder = try ReadingFixtures.folder([
            "empty.txt": Data(),
            "blank.md": Data("\n  \n\t\n".utf8),
            "debris.html": Data("<html><body><p>Leave a Reply</p><nav>Home</nav></body></html>".utf8),
        ])
        let skipped = skipped(try CorpusReader().read([folder]))
        #expect(skipped.map(\.name) == ["blank.md", "debris.html", "empty.txt"])
        #expect(skipped.allSatisfy { $0.reason == "empty: no article text" })
    }

    @Test func unsupportedExtensionNamedDirectlyIsSkipped() throws {
        let folder = try ReadingFixtures.folder(["report.pdf": Data("%PDF-1.4".utf8), "notes": Data("x".utf8)])
        let items = try CorpusReader().read([folder + "/report.pdf", folder + "/notes"])
        #expect(skipped(items).map(\.name) == ["report.pdf", "notes"])
        #expect(skipped(items).first?.reason.hasPrefix("unsupported file type .pdf") == true)
        #expect(skipped(items).last?.reason.hasPrefix("unsupported file type (no extension)") == true)
    }

    @Test func missingPathThrowsNamingIt() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)").path
        #expect {
            try CorpusReader().read([ReadingFixtures.corpus, missing])
        } throws: { error in
            guard let error = error as? CorpusError else { return false }
            return error.path == missing && error.message.contains(missing)
                && error.localizedDescription.contains(missing)
        }
    }

    @Test func foldersAreReadRecursivelyInPathOrderSkippingHiddenAndOtherFiles() throws {
        let article = Data("Russia and India\n\nThey met.".utf8)
        let folder = try ReadingFixtures.folder([
            "b.txt": article, "a/z.md": article, "a.txt": article, "A/c.htm": Data("<p>India spoke.</p>".utf8),
            ".hidden.txt": article, ".git/x.txt": article, "image.png": Data([0, 1, 2]), "c.TXT": article,
        ])
        let names = try CorpusReader().read([folder]).map { item -> String in
            switch item {
            case .document(let document): document.name
            case .skipped(let skipped): skipped.name
            }
        }
        #expect(names == ["A/c.htm", "a.txt", "a/z.md", "b.txt", "c.TXT"])
    }

    /// A link that leads nowhere or back up the tree is named as a skipped input with its reason, not passed over
    /// in silence; the articles beside it are still read.
    @Test func symlinkLoopsAndBrokenLinksAreSkippedWithAReason() throws {
        let article = Data("Russia and India\n\nThey met.".utf8)
        let folder = try ReadingFixtures.folder(["a.txt": article, "sub/b.txt": article])
        let manager = FileManager.default
        func link(_ name: String, to destination: String) throws {
            try manager.createSymbolicLink(
                atPath: (folder as NSString).appendingPathComponent(name), withDestinationPath: destination)
        }
        try link("self.txt", to: "self.txt")
        try link("ping", to: "pong")
        try link("pong", to: "ping")
        try link("gone.txt", to: "nowhere.txt")
        try link("sub/up", to: "..")
        try link("again", to: "sub")
        let items = try CorpusReader().read([folder])
        let reasons = Dictionary(uniqueKeysWithValues: skipped(items).map { ($0.name, $0.reason) })
        #expect(reasons["self.txt"]?.hasPrefix("symlink loop") == true, "\(reasons)")
        #expect(reasons["ping"]?.hasPrefix("symlink loop") == true, "\(reasons)")
        #expect(reasons["pong"]?.hasPrefix("symlink loop") == true, "\(reasons)")
        #expect(reasons["gone.txt"] == "broken symlink: points to nowhere.txt, which does not exist")
        #expect(reasons["sub/up"] == "symlink loop: leads back to the folder . it is inside; not read again")
        #expect(reasons["again"] == "links to the folder sub, already read; not read twice")
        let read = items.compactMap { item -> String? in
            guard case .document(let document) = item else { return nil }
            return document.name
        }
        #expect(read.count == 2, "\(read)")
        #expect(read.contains("a.txt"))
    }

    @Test func pathsKeepTheirOrderAndAFileNamedDirectlyIsNamedByItsLastComponent() throws {
        let folder = try ReadingFixtures.folder([
            "x/b.txt": Data("B title\n\nB.".utf8), "a.txt": Data("A title\n\nA.".utf8),
        ])
        let titles = try CorpusReader().read([folder + "/x/b.txt", folder]).map { item -> String in
            guard case .document(let document) = item else { return "skipped" }
            return document.name + " " + document.title
        }
        #expect(titles == ["b.txt B title", "a.txt A title", "x/b.txt B title"])
    }

    @Test func byteOrderMarkAndWindowsLineEndsAreHandled() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(
            Data(
                "India and Russia sign a deal\r\n\r\nApril 15, 2021\r\nThe deal covers oil.\r\nIt runs\ta decade.\rOld Mac line.\r\n"
                    .utf8))
        let folder = try ReadingFixtures.folder(["win.txt": data])
        guard case .document(let document)? = try CorpusReader().read([folder]).first else {
            Issue.record("win.txt should be read")
            return
        }
        #expect(document.title == "India and Russia sign a deal")
        #expect(document.date == "2021-04-15")
        #expect(document.paragraphs == ["The deal covers oil.", "It runs a decade.", "Old Mac line."])
    }

    /// Bytes named as a file are read as that file would be: the name's extension picks the format.
    @Test func bytesAreReadAsTheFileTheirNameSays() throws {
        let text = Data("# India and Russia\n\nThey *met*.\n".utf8)
        let markdown = CorpusReader().read(text, name: "notes/a.md")
        let plain = CorpusReader().read(text, name: "a.txt")
        #expect(markdown == [.document(Document(name: "notes/a.md", title: "India and Russia", date: nil, paragraphs: ["They met."]))])
        #expect(plain == [.document(Document(name: "a.txt", title: "# India and Russia", date: nil, paragraphs: ["They *met*."]))])
        let lines = CorpusReader().read(Data(#"{"id": "x", "text": "India spoke."}"#.utf8), name: "feed.jsonl")
        #expect(lines == [.document(Document(name: "x", title: "", date: nil, paragraphs: ["India spoke."]))])
        #expect(skipped(CorpusReader().read(text, name: "a.pdf")).map(\.reason) == [
            "unsupported file type .pdf; readable types are .htm, .html, .jsonl, .markdown, .md, .txt"
        ])
        let folder = try ReadingFixtures.folder(["a.md": text])
        #expect(try CorpusReader().read([folder]) == CorpusReader().read(text, name: "a.md"))
    }
}
