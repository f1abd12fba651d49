import ActorGraphCore
import ActorGraphImport
import Foundation
import Testing

/// The kept inputs of the fuzz targets (`Tests/Fuzz/Corpus/TARGET`, grown by `Tests/Fuzz/run.sh`), read as each
/// target reads them.
enum FuzzCorpus {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus")

    /// A bound no input comes near (each takes milliseconds), so that only a real blow-up fails.
    static let timeLimit = Duration.seconds(10)

    /// Calls `read` with each input of `target`, and checks that there are inputs and that none takes too long.
    static func replay(_ target: String, _ read: (String, Data) throws -> Void) throws {
        let directory = folder.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(!names.isEmpty, "no inputs in \(directory.path)")
        let clock = ContinuousClock()
        for name in names {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            let time = try clock.measure { try read(name, data) }
            #expect(time < timeLimit, "\(target)/\(name) took \(time)")
        }
    }
}

/// Every kept fuzz input of the network readers is read or refused with an error, without a crash or a hang; a
/// network that is read writes a `network.json` that reads back the same, as the fuzz targets check.
@Suite struct FuzzCorpusReplayTests {
    private func checkRoundTrip(_ network: Network?, _ name: String) throws {
        guard let network else { return }
        #expect(try NetworkJSON.decode(NetworkJSON.encodedData(network)) == network, "\(name)")
    }

    @Test func networkJSON() throws {
        try FuzzCorpus.replay("fuzz-network-json") { name, data in
            try checkRoundTrip(try? NetworkJSON.decode(data), name)
        }
    }

    @Test func csvImport() throws {
        let edges = Data("source,target\nIND,RUS\n".utf8)
        try FuzzCorpus.replay("fuzz-csv") { name, data in
            try checkRoundTrip(try? EdgeListImport.network(edges: data), name)
            try checkRoundTrip(try? EdgeListImport.network(edges: edges, nodes: data), name)
        }
    }

    @Test func graphMLImport() throws {
        try FuzzCorpus.replay("fuzz-graphml") { name, data in
            try checkRoundTrip(try? GraphMLImport.network(from: data), name)
        }
    }
}
