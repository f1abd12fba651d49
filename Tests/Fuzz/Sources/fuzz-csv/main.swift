import ActorGraphCore
import ActorGraphImport
import Foundation

/// Reads the bytes as a CSV edge list, and as a node table beside a one-row edge list, as `graph import` would.
/// Errors are expected; a network that is imported must write a `network.json` that reads back the same. A crash, a
/// trap, a hang or a leak is a defect.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let edges = Data("source,target\nIND,RUS\n".utf8)
    for case let network? in [try? EdgeListImport.network(edges: data), try? EdgeListImport.network(edges: edges, nodes: data)] {
        guard (try? NetworkJSON.decode(NetworkJSON.encodedData(network))) == network else {
            fatalError("a network imported from CSV does not read back the same from network.json")
        }
    }
    return 0
}
