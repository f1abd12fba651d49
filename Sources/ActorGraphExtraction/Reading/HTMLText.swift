import Foundation

/// The text and metadata of an HTML page.
///
/// Tags are dropped; block elements (`p`, `div`, `br`, `li`, `h1`–`h6`, `article`, `section`,
/// `tr`, ...) end a paragraph; `script`, `style`, `noscript`, `template`, comments and the page
/// furniture in `nav`, `footer`, `aside`, `button` and `figcaption` are not text (`form` is
/// text: ASP.NET pages wrap the whole article in one; comment-form text is debris). Inside
/// `header` only headings count, since a header holds the site's menu but often also the `h1`
/// headline. Character references are decoded.
///
/// The title is `<meta property="og:title">`, else the first `<h1>`, else `<title>`. The date is
/// the first of `<meta property="article:published_time">` and the other date `<meta>` names in
/// ``dateMetaNames`` (in that order of preference), else JSON-LD `datePublished`, else the first
/// `<time datetime>`; a timestamp keeps the date as written (no time-zone conversion).
struct HTMLText {
    private(set) var paragraphs: [String] = []
    private(set) var title: String?
    private(set) var date: String?

    /// `<meta>` names and properties that carry the publication date, most trusted first.
    static let dateMetaNames = [
        "article:published_time", "date", "pubdate", "publishdate", "publish-date",
        "datepublished", "dc.date", "dc.date.issued", "og:published_time", "parsely-pub-date",
    ]
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "article", "section", "main", "header", "tr", "table", "blockquote", "pre", "hr", "figure",
        "center", "body",
    ]
    private static let furnitureTags: Set<String> = [
        "nav", "footer", "aside", "button", "select", "figcaption", "svg", "iframe", "menu",
    ]
    private static let rawTextTags: Set<String> = [
        "script", "style", "noscript", "template", "textarea", "title",
    ]

    private var block: [UInt8] = []
    private var furnitureDepth = 0
    private var headerDepth = 0
    private var headingDepth = 0
    private var h1: [UInt8]?
    private var inFirstH1 = false
    private var documentTitle: String?
    private var metaTitle: String?
    private var metaDates: [String: String] = [:]
    private var jsonLDDate: String?
    private var timeDate: String?

    /// Reads `html`.
    ///
    /// - Complexity: O(*n*) in the length of the page.
    init(parsing html: String) {
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                addText(bytes[index])
                index += 1
            } else if bytes.starts(with: "<!--", at: index) {
                index = bytes.position(of: "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
            } else if index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == UInt8(ascii: "?")
            {
                index = (bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1
            } else if let tag = HTMLTag(bytes, at: index) {
                index = tag.end
                if !tag.isClosing, Self.rawTextTags.contains(tag.name) {
                    let close = bytes.position(ofClosingTag: tag.name, from: index) ?? (bytes.count, bytes.count)
                    rawText(tag, String(decoding: bytes[index..<close.start], as: UTF8.self))
                    index = close.end
                } else {
                    handle(tag)
                }
            } else {
                addText(bytes[index])
                index += 1
            }
        }
        flush()
        let h1Text = h1.map { HTMLEntities.decode(String(decoding: $0, as: UTF8.self)).foldingWhiteSpace }
        title = [metaTitle, h1Text, documentTitle].compactMap { $0 }.first { !$0.isEmpty }
        let dates = metaDates
        let metaDate = Self.dateMetaNames.compactMap { dates[$0] }.first
        date = [metaDate, jsonLDDate, timeDate].compactMap { $0 }.compactMap { NewsDate(parsing: $0)?.iso }.first
    }

    private mutating func addText(_ byte: UInt8) {
        guard furnitureDepth == 0, headerDepth == 0 || headingDepth > 0 else { return }
        block.append(byte)
        if inFirstH1 { h1?.append(byte) }
    }

    private mutating func flush() {
        if !block.isEmpty {
            paragraphs.append(HTMLEntities.decode(String(decoding: block, as: UTF8.self)))
        }
        block.removeAll(keepingCapacity: true)
    }

    private mutating func handle(_ tag: HTMLTag) {
        let name = tag.name
        if Self.blockTags.contains(name) { flush() }
        if name == "td" || name == "th" { addText(UInt8(ascii: " ")) }
        let step = tag.isClosing ? -1 : (tag.isSelfClosing ? 0 : 1)
        switch name {
        case _ where Self.furnitureTags.contains(name):
            furnitureDepth = max(0, furnitureDepth + step)
        case "header":
            headerDepth = max(0, headerDepth + step)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            headingDepth = max(0, headingDepth + step)
            if name == "h1", !tag.isClosing, h1 == nil, furnitureDepth == 0 {
                h1 = []
                inFirstH1 = true
            } else if name == "h1", tag.isClosing {
                inFirstH1 = false
            }
        case "meta":
            let key = (tag.attributes["property"] ?? tag.attributes["name"] ?? tag.attributes["itemprop"])?.lowercased()
            guard let key, let content = tag.attributes["content"].map(HTMLEntities.decode) else { return }
            if key == "og:title", metaTitle == nil { metaTitle = content.foldingWhiteSpace }
            if Self.dateMetaNames.contains(key), metaDates[key] == nil { metaDates[key] = content.foldingWhiteSpace }
        case "time":
            if timeDate == nil, let value = tag.attributes["datetime"] { timeDate = value.foldingWhiteSpace }
        default:
            break
        }
    }

    private mutating func rawText(_ tag: HTMLTag, _ content: String) {
        if tag.name == "title", documentTitle == nil {
            documentTitle = HTMLEntities.decode(content).foldingWhiteSpace
        } else if tag.name == "script", jsonLDDate == nil,
            tag.attributes["type"]?.lowercased().contains("ld+json") == true,
            let json = try? JSONSerialization.jsonObject(with: Data(content.utf8))
        {
            jsonLDDate = Self.datePublished(in: json)
        }
    }

    /// The first `datePublished` string in a JSON-LD value, searched depth first.
    private static func datePublished(in json: Any) -> String? {
        if let object = json as? [String: Any] {
            if let date = object["datePublished"] as? String { return date }
            for key in object.keys.sorted() {
                if let date = object[key].flatMap(datePublished(in:)) { return date }
            }
        } else if let array = json as? [Any] {
            for element in array {
                if let date = datePublished(in: element) { return date }
            }
        }
        return nil
    }
}

/// One start or end tag: its lower-case name, attributes (names lower-cased, values as
/// written) and the index after its `>`.
private struct HTMLTag {
    var name: String
    var isClosing: Bool
    var isSelfClosing = false
    var attributes: [String: String] = [:]
    var end: Int

    /// The tag starting at the `<` at `start`, or nil when that `<` does not open a tag.
    init?(_ bytes: [UInt8], at start: Int) {
        var index = start + 1
        isClosing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if isClosing { index += 1 }
        let nameStart = index
        while index < bytes.count, bytes[index].isASCIIAlphanumeric { index += 1 }
        guard index > nameStart, bytes[nameStart].isASCIILetter else { return nil }
        name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        end = bytes.count
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                end = index + 1
                return
            }
            if byte == UInt8(ascii: "/") {
                isSelfClosing = true
                index += 1
                continue
            }
            guard byte.isTagNameByte else {
                index += 1
                continue
            }
            isSelfClosing = false
            let keyStart = index
            while index < bytes.count, bytes[index].isTagNameByte { index += 1 }
            let key = String(decoding: bytes[keyStart..<index], as: UTF8.self).lowercased()
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                attributes[key] = attributes[key] ?? ""
                continue
            }
            index += 1
            while index < bytes.count, bytes[index].isHTMLSpace { index += 1 }
            let value: ArraySlice<UInt8>
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                let quote = bytes[index]
                let close = bytes[(index + 1)...].firstIndex(of: quote) ?? bytes.count
                value = bytes[(index + 1)..<close]
                index = min(close + 1, bytes.count)
            } else {
                let valueStart = index
                while index < bytes.count, !bytes[index].isHTMLSpace, bytes[index] != UInt8(ascii: ">") { index += 1 }
                value = bytes[valueStart..<index]
            }
            if attributes[key] == nil { attributes[key] = String(decoding: value, as: UTF8.self) }
        }
    }
}

extension UInt8 {
    fileprivate var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    fileprivate var isASCIIAlphanumeric: Bool { isASCIILetter || (0x30...0x39).contains(self) }
    fileprivate var isHTMLSpace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
    /// Bytes of an attribute name: anything but space, quotes, `/`, `=` and `>`.
    fileprivate var isTagNameByte: Bool {
        !isHTMLSpace && self != 0x22 && self != 0x27 && self != 0x2F && self != 0x3D && self != 0x3E
    }
}

extension [UInt8] {
    fileprivate func starts(with literal: String, at index: Int) -> Bool {
        self[index...].starts(with: literal.utf8)
    }

    /// The index where `literal` next occurs at or after `start`.
    fileprivate func position(of literal: String, from start: Int) -> Int? {
        let pattern = Array(literal.utf8)
        var index = start
        while index + pattern.count <= count {
            if self[index] == pattern[0], self[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The start of the next `</name` (any case) at or after `start`, and the index after its `>`.
    fileprivate func position(ofClosingTag name: String, from start: Int) -> (start: Int, end: Int)? {
        let pattern = Array(("</" + name).utf8)
        var index = start
        while let found = position(of: "</", from: index) {
            let candidate = self[found..<Swift.min(count, found + pattern.count)].map {
                $0 | (($0 >= 0x41 && $0 <= 0x5A) ? 0x20 : 0)
            }
            if candidate == pattern {
                let close = self[found...].firstIndex(of: UInt8(ascii: ">")) ?? count - 1
                return (found, close + 1)
            }
            index = found + 2
        }
        return nil
    }
}
