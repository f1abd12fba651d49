import ActorGraphCore
import Foundation

/// Reads the bytes as `network.json`. Errors are expected; a network that is read must write back to a file that
/// reads as the same network. A crash, a trap, a hang or a leak is a defect.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let network = try? NetworkJSON.decode(Data(bytes: start, count: count)) else { return 0 }
    guard (try? NetworkJSON.decode(NetworkJSON.encodedData(network))) == network else {
        fatalError("a network read from network.json does not read back the same after writing")
    }
    return 0
}
