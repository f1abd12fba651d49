// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ActorGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "graph", targets: ["graph"]),
        .executable(name: "graph-extract", targets: ["graph-extract"]),
        .library(name: "ActorGraphCore", targets: ["ActorGraphCore"]),
        .library(name: "ActorGraphImport", targets: ["ActorGraphImport"]),
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
        // Networks from elsewhere (CSV edge lists, GraphML), for `graph import`; apart from ActorGraphCore because
        // GraphML's parser (FoundationXML) links libxml2, which the graph-extract worker must not need.
        .target(name: "ActorGraphImport", dependencies: ["ActorGraphCore"]),
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
        // What `graph` and the `graph-extract` worker share: the extract command and the console.
        .target(
            name: "ActorGraphCommands",
            dependencies: [
                "ActorGraphCore",
                "ActorGraphExtraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "graph",
            dependencies: [
                "ActorGraphCommands",
                "ActorGraphCore",
                "ActorGraphImport",
                "ActorGraphExtraction",
                "ActorGraphParser",
                "GraphvizRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `graph extract` alone, without Graphviz: the binary a cluster's executors run (Spark/spark_build.py).
        .executableTarget(name: "graph-extract", dependencies: ["ActorGraphCommands"]),
        .testTarget(name: "ActorGraphCoreTests", dependencies: ["ActorGraphCore", "ActorGraphImport"]),
        .testTarget(name: "ActorGraphExtractionTests", dependencies: ["ActorGraphExtraction"]),
        .testTarget(name: "ActorGraphParserTests", dependencies: ["ActorGraphParser", "CWeightKernels"]),
        .testTarget(name: "GraphvizRenderTests", dependencies: ["GraphvizRender", "ActorGraphCore"]),
        // Runs the `graph` executable itself; depending on it makes SwiftPM build it beside the test bundle. The tests
        // of what a killed build leaves settle the output folder as the next build would, through ActorGraphCore.
        .testTarget(name: "GraphCLITests", dependencies: ["graph", "graph-extract", "ActorGraphCore"]),
    ]
)
