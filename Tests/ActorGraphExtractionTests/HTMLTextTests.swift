import Testing

@testable import ActorGraphExtraction

@Suite struct HTMLTextTests {
    static let page = """
        <!DOCTYPE html>
        <html><head>
        <title>Jaishankar meets Putin | News Site</title>
        <meta property="og:title" content="Jaishankar meets Putin in Moscow &amp; talks trade">
        <meta property="article:published_time" content="2023-12-28T10:00:00+05:30">
        <script>var gtag = "<p>not text</p>";</script>
        <style>p { color: red; }</style>
        <!-- Google tag (gtag.js) -->
        </head>
        <body>
        <header><a href="/">Home</a> <a href="/world">World</a>
          <h1>Jaishankar meets Putin in Moscow &amp; talks trade</h1></header>
        <nav><ul><li>India</li><li>Russia</li></ul></nav>
        <article>
        <p>New Delhi, Dec 28: India&rsquo;s Foreign Minister met <a href="/putin">Vladimir Putin</a>
        at the Kremlin.<br>Trade exceeded &#36;50 billion &#x2014; a record.</p>
        <div>&ldquo;Our ties are stable,&rdquo; he said.</div>
        <figure><img src="x.jpg"><figcaption>Jaishankar and Putin. Photo: PTI</figcaption></figure>
        <noscript>Enable JavaScript</noscript>
        <ul><li>Oil</li><li>Fertilizers</li></ul>
        <aside>Read Also: Something else</aside>
        <p>Read Also: <a href="/x">Pakistan Air Force Foils Terror Attack At Mianwali Air Base</a></p>
        </article>
        <footer>Copyright 2023</footer>
        </body></html>
        """

    @Test func pageTextTitleAndDate() throws {
        let document = try #require(try ReadingFixtures.document("page.html", Self.page))
        #expect(document.title == "Jaishankar meets Putin in Moscow & talks trade")
        #expect(document.date == "2023-12-28")
        #expect(
            document.paragraphs == [
                "India’s Foreign Minister met Vladimir Putin at the Kremlin.",
                "Trade exceeded $50 billion — a record.",
                "“Our ties are stable,” he said.",
                "Oil",
                "Fertilizers",
            ])
    }

    @Test func titleFallsBackToH1ThenTitleElement() {
        let h1 = HTMLText(parsing: "<title>Site | Page</title><h1>Putin meets <em>Modi</em></h1><p>Text.</p>")
        #expect(h1.title == "Putin meets Modi")
        let titleOnly = HTMLText(parsing: "<title>Putin &amp; Modi</title><p>Text.</p>")
        #expect(titleOnly.title == "Putin & Modi")
        #expect(HTMLText(parsing: "<p>Text.</p>").title == nil)
    }

    @Test func datesFromMetaJSONLDAndTime() {
        let meta = HTMLText(
            parsing: #"<meta name="date" content="28 December 2023"><time datetime="2020-01-01">x</time>"#)
        #expect(meta.date == "2023-12-28")
        let jsonLD = HTMLText(
            parsing: """
                <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2022-03-03T08:00:00Z"}]}</script>
                <time datetime="2020-01-01">x</time>
                """)
        #expect(jsonLD.date == "2022-03-03")
        let time = HTMLText(parsing: #"<p>Posted <time datetime="2021-04-15T09:00">April 15</time></p>"#)
        #expect(time.date == "2021-04-15")
    }

    @Test func entitiesAreDecoded() {
        #expect(
            HTMLEntities.decode("Trade &amp; arms &#8212; &#x201C;S-400&#x201D; &hellip; &nbsp;x")
                == "Trade & arms — “S-400” … \u{A0}x")
        #expect(HTMLEntities.decode("AT&T &unknown; & &#0; &#146;") == "AT&T &unknown; & &#0; \u{2019}")
    }

    @Test func blockTagsBreakParagraphsAndInlineTagsDoNot() {
        let page = HTMLText(
            parsing:
                "<p>India<b>n</b> troops</p><p>Second</p>Third<br/>Fourth<table><tr><td>A</td><td>B</td></tr></table>")
        #expect(page.paragraphs.map(\.foldingWhiteSpace) == ["Indian troops", "Second", "Third", "Fourth", "A B"])
    }

    @Test func aLessThanSignThatIsNotATagIsText() {
        let page = HTMLText(parsing: "<p>Turnout was < 5 percent and 3<4.</p>")
        #expect(page.paragraphs == ["Turnout was < 5 percent and 3<4."])
    }

    @Test func unclosedScriptEndsTheTextWithoutACrash() {
        let page = HTMLText(parsing: "<p>Before</p><script>var x = 1;")
        #expect(page.paragraphs == ["Before"])
    }

    @Test func aPageWrappedInAFormStillHasText() {
        let page = HTMLText(
            parsing: #"<body><form id="aspnetForm"><p>India and Russia met.</p><p>Leave a Reply</p></form></body>"#)
        #expect(page.paragraphs == ["India and Russia met.", "Leave a Reply"])
    }
}
