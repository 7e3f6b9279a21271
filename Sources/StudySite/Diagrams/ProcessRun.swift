import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of an external program: `input` on its stdin, stdout and stderr read in full,
/// killed when it takes longer than `timeLimit`. One thread serves all three pipes with
/// `poll`, so a child that fills one pipe while we wait on another never deadlocks.
struct ProcessRun: Sendable {
    struct Output: Sendable, Equatable {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var timedOut: Bool
    }

    enum Failure: Error, Equatable {
        /// The program could not be started (missing, not executable).
        case launch(String)
    }

    let executable: String
    let arguments: [String]
    let timeLimit: Duration

    /// A child that exits without reading all of stdin must not kill the build with SIGPIPE;
    /// the failed write is reported as EPIPE instead. Set once per process.
    private static let ignoringBrokenPipes: Bool = {
        signal(SIGPIPE, SIG_IGN)
        return true
    }()

    func run(input: [UInt8]) throws(Failure) -> Output {
        _ = Self.ignoringBrokenPipes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw .launch(error.localizedDescription)
        }
        // Only our ends stay open here, so EOF on stdout/stderr means the child closed them.
        try? stdin.fileHandleForReading.close()
        try? stdout.fileHandleForWriting.close()
        try? stderr.fileHandleForWriting.close()

        var pipes = Pipes(
            input: stdin.fileHandleForWriting, output: stdout.fileHandleForReading.fileDescriptor,
            errors: stderr.fileHandleForReading.fileDescriptor, pending: input[...])
        let timedOut = !pipes.pump(until: ContinuousClock.now.advanced(by: timeLimit))
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        pipes.closeInput()
        try? stdout.fileHandleForReading.close()
        try? stderr.fileHandleForReading.close()
        return Output(
            status: process.terminationStatus, stdout: pipes.outputBytes,
            stderr: String(decoding: pipes.errorBytes, as: UTF8.self), timedOut: timedOut)
    }
}

/// The parent's ends of the three pipes and what has gone through them.
private struct Pipes {
    /// Closed through its `FileHandle` only, so no descriptor is ever closed twice.
    let inputHandle: FileHandle
    var input: Int32
    let output: Int32
    let errors: Int32
    var pending: ArraySlice<UInt8>
    var outputBytes: [UInt8] = []
    var errorBytes: [UInt8] = []
    var outputOpen = true
    var errorsOpen = true

    init(input: FileHandle, output: Int32, errors: Int32, pending: ArraySlice<UInt8>) {
        self.inputHandle = input
        self.input = input.fileDescriptor
        self.output = output
        self.errors = errors
        self.pending = pending
        _ = fcntl(self.input, F_SETFL, fcntl(self.input, F_GETFL) | O_NONBLOCK)
        if pending.isEmpty { closeInput() }
    }

    /// Feeds stdin and drains stdout and stderr until both reach EOF; false when the
    /// deadline came first.
    mutating func pump(until deadline: ContinuousClock.Instant) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while outputOpen || errorsOpen {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            var fds: [pollfd] = []
            if input >= 0 { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            if outputOpen { fds.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
            if errorsOpen { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
            let milliseconds = Int32(min(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1, 60_000))
            let ready = poll(&fds, nfds_t(fds.count), milliseconds)
            if ready < 0 && errno != EINTR { return false }
            for fd in fds where fd.revents != 0 {
                if fd.fd == input {
                    writePending()
                } else if fd.fd == output || fd.fd == errors {
                    let count = buffer.withUnsafeMutableBytes { read(fd.fd, $0.baseAddress, $0.count) }
                    if count > 0 {
                        if fd.fd == output { outputBytes += buffer[0..<count] } else { errorBytes += buffer[0..<count] }
                    } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                        if fd.fd == output { outputOpen = false } else { errorsOpen = false }
                    }
                }
            }
        }
        return true
    }

    private mutating func writePending() {
        let written = pending.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
        if written > 0 {
            pending = pending.dropFirst(written)
            if pending.isEmpty { closeInput() }
        } else if written < 0 && errno != EINTR && errno != EAGAIN {
            // EPIPE: the child stopped reading; what it said on stderr tells why.
            closeInput()
        }
    }

    mutating func closeInput() {
        guard input >= 0 else { return }
        try? inputHandle.close()
        input = -1
    }
}
