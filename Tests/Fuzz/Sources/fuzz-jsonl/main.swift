import ActorGraphExtraction
import Foundation

/// Reads the bytes as a `.jsonl` file, as `graph build` would, and splits each article into its sentences. Any bytes
/// must give documents or skipped inputs: a crash, a trap, a hang or a leak is a defect.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    for case .document(let document) in CorpusReader().read(Data(bytes: start, count: count), name: "fuzz.jsonl") {
        _ = document.sentences
    }
    return 0
}
