import Foundation
import Testing

/// `Spark/spark_build.py` in Spark's local mode writes the same four files as `graph build` on the same corpus:
/// the executors' `graph-extract` partials, merged on the driver, are the build. That test needs a Java runtime and
/// pyspark (`./install-deps --tests` installs both) and is skipped, saying so, where either is missing; the check of
/// the job's options runs before Spark and needs neither.
@Suite struct SparkJobTests {
    /// Runs `Spark/spark_build.py` with `arguments` and the test build's programs; returns its exit status and
    /// standard error.
    static func job(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let worker = GraphTool.executable.deletingLastPathComponent().appendingPathComponent("graph-extract")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", GraphTool.repository.appendingPathComponent("Spark/spark_build.py").path]
            + arguments + ["--worker", worker.path, "--graph", GraphTool.executable.path]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, messages)
    }

    /// Options the worker refuses stop the job on the driver, in one line, before Spark starts (no pyspark needed).
    @Test func optionsTheWorkerRefusesStopTheJobBeforeSparkStarts() throws {
        let run = try Self.job(["Corpus", "--out", "never-written", "--since", "2023-13"])
        #expect(run.status == 1)
        #expect(run.errors.contains("refused the job's options: Error: --since 2023-13 is not a date"))
        #expect(!FileManager.default.fileExists(atPath: GraphTool.repository.appendingPathComponent("never-written").path))
    }

    @Test(.enabled(if: SparkLocalMode.available, "needs pyspark and a Java runtime: run ./install-deps --tests"))
    func theSparkJobWritesTheBuildsFiles() throws {
        let out = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        // Three partitions of each .jsonl file at least, so that each is cut into line ranges.
        let run = try Self.job([MergeCommandTests.whole.folder.path, "--out", out.path, "--partitions", "3"])
        #expect(run.status == 0, "\(run.errors)")
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
