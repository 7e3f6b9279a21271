import Foundation

/// Runs the real `studysite` binary, as a user would, and captures what it printed.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

func runStudySite(_ arguments: [String], in directory: URL? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = Repository.binary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting so a full pipe cannot block the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
}
