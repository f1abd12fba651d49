import ActorGraphCore
import ActorGraphImport
import Foundation
import Testing

@Suite struct EdgeListImportTests {
    private func network(_ edges: String, nodes: String? = nil) throws(ImportError) -> Network {
        try EdgeListImport.network(edges: Data(edges.utf8), nodes: nodes.map { Data($0.utf8) })
    }

    /// The problems an import of `edges` (and `nodes`) reports; empty when it succeeds.
    private func problems(_ edges: String, nodes: String? = nil) -> [String] {
        do {
            _ = try network(edges, nodes: nodes)
            return []
        } catch {
            return error.lines
        }
    }

    @Test(arguments: ["corpus", "realistic", "awkward"])
    func readsBackWhatCSVWriterWrites(_ name: String) throws {
        let original =
            switch name {
            case "corpus": try ExportFixtures.corpusNetwork()
            case "realistic": RealisticNetwork.make()
            default: ExportFixtures.awkwardNetwork()
            }
        let tables = CSVWriter().write(original)
        let imported = try network(tables.edges, nodes: tables.nodes)
        #expect(ImportedShape(imported) == ImportedShape(original))
        #expect(!imported.edges.isEmpty)
    }

    @Test func gdeltLikeDyadsMergeBothDirectionsAndGuessKinds() throws {
        // One row per day and direction; the Goldstein score stands in the sign column.
        let csv = """
            SQLDATE,Source,Target,Weight,Sign,QuadClass
            20240101,USA,CHN,4,-6.5,4
            20240102,CHN,USA,2,3.4,1
            20240102,IND,RUS,3,7,1
            20240103,RUS,IND,1,-2,3
            20240103,USAGOV,IND,2,1.9,1

            """
        let result = try network(csv)
        #expect(result.nodes.map(\.id) == ["CHN", "IND", "RUS", "USA", "USAGOV"])
        #expect(result.nodes.map(\.kind) == [.country, .country, .country, .country, .organization])
        #expect(result.nodes.allSatisfy { $0.label == $0.id && $0.mentions == 0 })

        let chinaUS = try #require(result.edges(between: "USA", and: "CHN").first)
        #expect(chinaUS.source == "CHN" && chinaUS.target == "USA")
        #expect(chinaUS.weight == 6)
        #expect(chinaUS.sign == -1)  // (4 × (−1) + 2 × (+1)) / 6 < 0
        #expect(abs(chinaUS.stance - (-4.0 + 2.0) / 6.0) < 1e-12)

        let indiaRussia = try #require(result.edges(between: "IND", and: "RUS").first)
        #expect(indiaRussia.weight == 4 && indiaRussia.sign == 1)
        #expect(result.edges.count == 3)
        #expect(NetworkJSON.encode(result) == NetworkJSON.encode(try NetworkJSON.decode(Data(NetworkJSON.encode(result).utf8))))
    }

    @Test func tiedSignsGiveZeroAndStanceOnlyRowsGetTheirSign() throws {
        let result = try network("source,target,sign,stance\nA,B,1,\nB,A,-1,\nC,D,,-0.3\nE,F,,0.01\nG,H,+,\nG,I,-,\n")
        let signs = Dictionary(uniqueKeysWithValues: result.edges.map { ("\($0.source)\($0.target)", $0.sign) })
        #expect(signs == ["AB": 0, "CD": -1, "EF": 0, "GH": 1, "GI": -1])
        #expect(result.edges.first { $0.source == "C" }?.stance == -0.3)
        #expect(result.edges.first { $0.source == "G" && $0.target == "H" }?.stance == 1)
    }

    @Test func anEdgesSignIsItsStancesAsTheBuildSignsItsSentences() throws {
        // A light cooperative row and a heavy, barely hostile one: the weighted stance is about 0, so no sign, as a
        // build of such sentences would give; a sum of the rows' signs would have said hostile.
        let result = try network("source,target,weight,stance\nA,B,1,0.3\nA,B,3,-0.1\nC,D,2,0.5\nC,D,1,-0.2\n")
        let ab = try #require(result.edges(between: "A", and: "B").first)
        #expect(abs(ab.stance) < 1e-12 && ab.sign == 0)
        let cd = try #require(result.edges(between: "C", and: "D").first)
        #expect(abs(cd.stance - 0.8 / 3) < 1e-12 && cd.sign == 1)
        #expect(result.edges.allSatisfy { $0.sign == Stance.sign(of: $0.stance) })
    }

    @Test func minimalEdgeListDefaultsWeightOneSignZero() throws {
        let result = try network("source,target\nIND,QUAD\n")
        #expect(result.edges == [Edge(source: "IND", target: "QUAD", kind: .relation, weight: 1)])
        #expect(result.node(id: "QUAD")?.kind == .organization)
    }

    @Test func nodesFileGivesLabelsKindsAffiliationsAndKeepsIsolatedNodes() throws {
        let nodes = """
            ID,Label,Kind,Affiliation,Mentions,notes
            SCO,Shanghai Cooperation Organisation,Grouping,,4,ignored
            vladimir-putin,Vladimir Putin,person,RUS,5,
            NPL,Nepal,country,,,
            """
        let result = try network("target,source,KIND\nSCO,IND,membership\nvladimir-putin,IND,\n", nodes: nodes)
        #expect(result.nodes == [
            Node(id: "IND", label: "IND", kind: .country),
            Node(id: "NPL", label: "Nepal", kind: .country),
            Node(id: "SCO", label: "Shanghai Cooperation Organisation", kind: .grouping, mentions: 4),
            Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .person, mentions: 5, affiliation: "RUS"),
        ])
        #expect(result.edges.map(\.kind) == [.membership, .relation])
    }

    @Test func icewsLikeTabSeparatedFile() throws {
        let tsv = "Event Date\tSource\tTarget\tIntensity\tSign\n2019-01-01\tIND\tPAK\t\"2\"\t-1\n"
        let result = try network(tsv)
        #expect(result.edges == [Edge(source: "IND", target: "PAK", kind: .relation, weight: 1, stance: -1, sign: -1)])
    }

    @Test func everyBadRowIsReportedWithItsLine() {
        let csv = """
            source,target,weight,sign,stance,kind,positive
            IND,RUS,abc,,,,
            IND,RUS,0,,,,
            IND,RUS,2.5,,,,
            IND,RUS,1,maybe,,,
            IND,RUS,1,,3,,
            IND,RUS,1,,,alliance,
            IND,IND,1,,,,
            ,RUS,1,,,,
            IND,RUS,1,,,,-2
            IND,RUS
            IND,RUS,1,1,0.5,relation,1
            """
        #expect(problems(csv) == [
            #"edges.csv line 2: weight "abc" is not a number; give a whole number of 1 or more, or leave it empty for 1"#,
            #"edges.csv line 3: weight "0" is less than 1; give a whole number of 1 or more, or leave it empty for 1, or drop the row"#,
            #"edges.csv line 4: weight "2.5" is not a whole number; weights count sentences or events, so round or scale the column to whole numbers"#,
            #"edges.csv line 5: sign "maybe" is not 1, -1, 0, + or -, nor a number whose sign could be taken"#,
            #"edges.csv line 6: stance "3" is outside [-1, 1]; put a score on another scale (such as Goldstein's) in the sign column, whose sign alone is used"#,
            #"edges.csv line 7: edge kind "alliance" is not relation or membership; leave it empty for relation"#,
            #"edges.csv line 8: "IND" is both source and target; self-loops are not allowed, drop the row"#,
            #"edges.csv line 9: source is empty; every edge needs a source and a target"#,
            #"edges.csv line 10: positive "-2" is not a whole number of 0 or more; give a count, or leave it empty for 0"#,
            #"edges.csv line 11: 2 fields where the header has 7; quote a field that holds a comma ("Korea, Republic of")"#,
        ])
    }

    @Test func badNodeRowsAreReportedBeforeBadEdgeRows() {
        let nodes = "id,kind,mentions\nIND,country,many\nIND,country,1\nX,empire,\n"
        #expect(problems("source,target,weight\nIND,X,x\n", nodes: nodes) == [
            #"nodes.csv line 2: mentions "many" is not a whole number of 0 or more; give a count, or leave it empty for 0"#,
            #"nodes.csv line 4: node kind "empire" is not one of country, grouping, bloc, person, organization; leave it empty to have it guessed"#,
            #"edges.csv line 2: weight "x" is not a number; give a whole number of 1 or more, or leave it empty for 1"#,
        ])
        #expect(problems("source,target\nA,B\n", nodes: "id\nA\nA\n") == [
            #"nodes.csv line 3: node "A" is listed twice; keep one row per node"#
        ])
    }

    @Test func problemsPastTheLimitAreCounted() {
        let rows = (0..<25).map { "A,B,w\($0)" }.joined(separator: "\n")
        do {
            _ = try network("source,target,weight\n" + rows)
            Issue.record("expected an import error")
        } catch {
            #expect(error.problems.count == ImportError.reportLimit)
            #expect(error.problems.first?.line == 2 && error.problems.last?.line == 21)
            #expect(error.unreported == 5)
            #expect(error.description.hasSuffix("\n… and 5 more problems not listed"))
        }
    }

    @Test func fileLevelProblems() {
        #expect(problems("from,to,weight\nA,B,1\n") == [
            #"edges.csv line 1: no "source" column; the first row must be a header naming the columns, such as source,target,weight,sign"#
        ])
        #expect(problems("IND,RUS,3\n") == [
            #"edges.csv line 1: no "source" column; the first row must be a header naming the columns, such as source,target,weight,sign"#
        ])
        #expect(problems("\n\n") == [#"edges.csv: is empty; it needs a header row naming source, target"#])
        #expect(problems("source,target,Source\n") == [#"edges.csv line 1: column "source" appears twice; rename one"#])
        #expect(problems("source,target\nA,\"B\nC,D\n") == [
            #"edges.csv line 2: a quoted field opens here and is never closed; close it with " or double the quotes inside it ("")"#
        ])
        #expect(problems("source,target\nA,B\n", nodes: "name,kind\n") == [
            #"nodes.csv line 1: no "id" column; the first row must be a header naming the columns, such as id,label,kind"#
        ])
        do {
            _ = try EdgeListImport.network(edges: Data([0x73, 0x2C, 0xFF, 0xFE]), edgesName: "latin.csv")
            Issue.record("expected an import error")
        } catch {
            #expect(error.lines == ["latin.csv: is not UTF-8 text; save it as CSV in UTF-8"])
        }
    }

    @Test func readsFilesAndNamesThemInErrors() throws {
        let edges = try ExportFixtures.temporaryFile("source,target,sign\nIND,PAK,-1\nIND,PAK,x\n", suffix: ".csv")
        defer { try? FileManager.default.removeItem(at: edges) }
        do {
            _ = try EdgeListImport.read(edges: edges)
            Issue.record("expected an import error")
        } catch {
            #expect(error.lines == ["\(edges.path) line 3: sign \"x\" is not 1, -1, 0, + or -, nor a number whose sign could be taken"])
        }
        let missing = URL(fileURLWithPath: "/nonexistent/edges.csv")
        do {
            _ = try EdgeListImport.read(edges: missing)
            Issue.record("expected an import error")
        } catch {
            #expect(error.problems.first?.file == "/nonexistent/edges.csv")
            #expect(error.description.contains("cannot be read"))
        }
    }
}
