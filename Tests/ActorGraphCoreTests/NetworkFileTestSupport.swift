import ActorGraphCore
import Foundation
import Testing

/// The message `NetworkJSON.decode` refuses `data` with; records an issue when it reads it instead.
func networkDecodeError(_ data: Data) throws -> String {
    do {
        _ = try NetworkJSON.decode(data)
    } catch let error as NetworkFileError {
        return error.description
    }
    Issue.record("decoding succeeded")
    return ""
}
