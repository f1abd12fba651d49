import Foundation
import Testing

/// `Spark/spark_build.py` in Spark's local mode writes the same four files as `graph build` on the same corpus:
/// the executors' `graph-extract` partials, merged on the driver, are the build. Needs a Java runtime and pyspark
/// (`./install-deps --tests` installs both); skipped, saying so, where either is missing.
@Suite struct SparkJobTests {
    @Test(.enabled(if: SparkLocalMode.available, "needs pyspark and a Java runtime: run ./install-deps --tests"))
    func theSparkJobWritesTheBuildsFiles() throws {
        let out = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let worker = GraphTool.executable.deletingLastPathComponent().appendingPathComponent("graph-extract")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // Three partitions of each .jsonl file at least, so that each is cut into line ranges.
        process.arguments = [
            "python3", GraphTool.repository.appendingPathComponent("Spark/spark_build.py").path,
            MergeCommandTests.whole.folder.path, "--out", out.path, "--partitions", "3",
            "--worker", worker.path, "--graph", GraphTool.executable.path,
        ]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(messages)")
        let files = try MergeCommandTests.files(in: out)
        for name in MergeCommandTests.outputs {
            #expect(files[name] == MergeCommandTests.whole.files[name], "\(name) differs from graph build's")
        }
    }
}

/// Whether Spark can run here in local mode: `python3` imports pyspark and `java` runs.
enum SparkLocalMode {
    static let available: Bool = {
        func succeeds(_ command: [String]) -> Bool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = command
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }
        return succeeds(["java", "-version"]) && succeeds(["python3", "-c", "import pyspark"])
    }()
}
