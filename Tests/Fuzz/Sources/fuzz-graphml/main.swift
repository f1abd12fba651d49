import ActorGraphCore
import ActorGraphImport
import Foundation

/// Reads the bytes as GraphML, as `graph import` would. Errors are expected; a network that is imported must write a
/// `network.json` that reads back. A crash, a trap, a hang or a leak is a defect.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let network = try? GraphMLImport.network(from: Data(bytes: start, count: count)) else { return 0 }
    guard (try? NetworkJSON.decode(NetworkJSON.encodedData(network))) == network else {
        fatalError("a network imported from GraphML does not read back the same from network.json")
    }
    return 0
}
