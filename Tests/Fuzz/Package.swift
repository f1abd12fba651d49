// swift-tools-version:5.3
// The fuzz targets of ActorGraph's readers: one libFuzzer executable per input format. Built and run only by
// `run.sh` beside this file (`swift build -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library`); the main
// package does not know about them, so `swift build` and `swift test` at the top are not affected.
import PackageDescription

/// Each target's `main.swift` defines `LLVMFuzzerTestOneInput`; libFuzzer supplies `main`. Tools version 5.3 on
/// purpose: from 5.5 on, SwiftPM links an executable on Linux with its own `main` (`--defsym main=<module>_main`),
/// which a fuzz target does not have; a 5.3 `.target` with a `main.swift` is an executable linked as it is.
let targets: [(name: String, dependencies: [String])] = [
    ("fuzz-jsonl", ["ActorGraphExtraction"]),
    ("fuzz-html", ["ActorGraphExtraction"]),
    ("fuzz-markdown", ["ActorGraphExtraction"]),
    ("fuzz-text", ["ActorGraphExtraction"]),
    ("fuzz-network-json", ["ActorGraphCore"]),
    ("fuzz-csv", ["ActorGraphCore", "ActorGraphImport"]),
    ("fuzz-graphml", ["ActorGraphCore", "ActorGraphImport"]),
]

let package = Package(
    name: "ActorGraphFuzz",
    dependencies: [.package(name: "ActorGraph", path: "../..")],
    targets: targets.map { target in
        .target(
            name: target.name, dependencies: target.dependencies.map { .product(name: $0, package: "ActorGraph") },
            path: "Sources/\(target.name)")
    }
)
