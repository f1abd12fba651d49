// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ActorGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "graph", targets: ["graph"]),
        .library(name: "ActorGraphCore", targets: ["ActorGraphCore"]),
        .library(name: "ActorGraphExtraction", targets: ["ActorGraphExtraction"]),
        .library(name: "GraphvizRender", targets: ["GraphvizRender"]),
        .library(name: "ActorGraphParser", targets: ["ActorGraphParser"]),
        .executable(name: "parser-train", targets: ["parser-train"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "GraphvizRender", dependencies: ["CGraphviz"]),
        .target(name: "ActorGraphCore"),
        // The inner loops of the tagger's and parser's weight look-ups: a cache prefetch and the dense rows' sum with
        // AVX2 where the processor has it (chosen at run time), which Swift cannot express.
        .target(name: "CWeightKernels"),
        // The English tagger and dependency parser, with its model trained on UD English EWT as a resource.
        .target(name: "ActorGraphParser", dependencies: ["CWeightKernels"], resources: [.copy("Resources")]),
        .executableTarget(
            name: "parser-train",
            dependencies: ["ActorGraphParser", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(
            name: "ActorGraphExtraction",
            dependencies: ["ActorGraphCore", "ActorGraphParser"],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "graph",
            dependencies: [
                "ActorGraphCore",
                "ActorGraphExtraction",
                "ActorGraphParser",
                "GraphvizRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ActorGraphCoreTests", dependencies: ["ActorGraphCore"]),
        .testTarget(name: "ActorGraphExtractionTests", dependencies: ["ActorGraphExtraction"]),
        .testTarget(name: "ActorGraphParserTests", dependencies: ["ActorGraphParser", "CWeightKernels"]),
        .testTarget(name: "GraphvizRenderTests", dependencies: ["GraphvizRender", "ActorGraphCore"]),
        // Runs the `graph` executable itself; depending on it makes SwiftPM build it beside the test bundle. The tests
        // of what a killed build leaves settle the output folder as the next build would, through ActorGraphCore.
        .testTarget(name: "GraphCLITests", dependencies: ["graph", "ActorGraphCore"]),
    ]
)
