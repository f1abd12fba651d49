import Foundation

/// Runs the built `graph` executable as a user would, and captures what it prints.
enum GraphTool {
    /// The repository root, which holds `Corpus/` and `Graphs/`.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `graph` binary of this build. SwiftPM builds it into the products folder that holds the test bundle,
    /// because this target depends on it; the test process runs inside that bundle (a few levels down on macOS).
    static let executable: URL = {
        var folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("graph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("graph")
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The non-empty lines of standard error.
        var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Runs `graph` with `arguments` in `directory` (the repository by default) and waits for it; through
    /// `launcher` (a command and its arguments, such as `taskset -c 0`) where one is given, with `environment`
    /// added to this process's, and the file `input` (where given) on its standard input.
    static func run(
        _ arguments: [String], in directory: URL = repository, launcher: [String] = [],
        environment: [String: String] = [:], input: URL? = nil
    ) throws -> Run {
        let capture = try scratchFolder()
        let outURL = capture.appendingPathComponent("stdout")
        let errURL = capture.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let process = try start(
            arguments, in: directory, launcher: launcher, environment: environment,
            output: try FileHandle(forWritingTo: outURL),
            errors: try FileHandle(forWritingTo: errURL), input: try input.map { try FileHandle(forReadingFrom: $0) })
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: capture) }
        return Run(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// Starts `graph` with `arguments` in `directory`, through `launcher` where one is given, and returns at once;
    /// what it prints goes to `output` and `errors`, or nowhere.
    static func start(
        _ arguments: [String], in directory: URL = repository, launcher: [String] = [],
        environment: [String: String] = [:], output: FileHandle = .nullDevice, errors: FileHandle = .nullDevice,
        input: FileHandle? = nil
    ) throws -> Process {
        let process = Process()
        if let command = launcher.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = launcher.dropFirst() + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var inherited = ProcessInfo.processInfo.environment
        inherited["NO_COLOR"] = "1"
        process.environment = inherited.merging(environment) { $1 }
        process.standardOutput = output
        process.standardError = errors
        if let input { process.standardInput = input }
        try process.run()
        return process
    }

    /// A new empty folder under the temporary directory.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("graph-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Builds the bundled corpus into a new folder and returns it; fails the caller if the build fails.
    static func buildCorpus() throws -> URL {
        let out = try scratchFolder()
        let run = try run(["build", "Corpus", "--out", out.path, "--quiet"])
        guard run.status == 0 else { throw BuildFailed(run: run) }
        return out
    }

    struct BuildFailed: Error, CustomStringConvertible {
        var run: Run
        var description: String { "graph build exited \(run.status): \(run.stderr)" }
    }

    /// Parses a command's `--json` output.
    static func json(_ text: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let object = value as? [String: Any] else { throw NotAnObject(text: text) }
        return object
    }

    struct NotAnObject: Error {
        var text: String
    }
}
