import Foundation

/// One HTTP/1.1 request over a plain socket to 127.0.0.1, sent exactly as written: no client
/// library in between that would normalise `/../` or percent-encoding away.
struct RawHTTPResponse {
    var status: Int
    var headers: [String: String]
    var body: String
}

func rawHTTP(port: Int, target: String, method: String = "GET") throws -> RawHTTPResponse {
    let socketFD = try connectToLoopback(port: port, receiveTimeout: 10)
    defer { close(socketFD) }
    let request = Array("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { send(socketFD, $0.baseAddress, $0.count, 0) }
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = recv(socketFD, &buffer, buffer.count, 0)
        if count <= 0 { break }
        received += buffer[..<count]
    }
    let text = String(decoding: received, as: UTF8.self)
    guard let split = text.range(of: "\r\n\r\n") else { throw POSIXError(.EBADMSG) }
    let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
    let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
        guard let colon = line.firstIndex(of: ":") else { continue }
        headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return RawHTTPResponse(status: status, headers: headers, body: String(text[split.upperBound...]))
}

/// `rawHTTP` off the Swift concurrency pool, so a test waiting on a socket never starves
/// the server it is talking to.
func fetch(port: Int, _ target: String, method: String = "GET") async throws -> RawHTTPResponse {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try rawHTTP(port: port, target: target, method: method) })
        }
    }
}

/// Reads a Server-Sent Events stream as it arrives.
final class EventStreamReader: @unchecked Sendable {
    private let socketFD: Int32
    private var received = ""

    init(port: Int, path: String) throws {
        socketFD = try connectToLoopback(port: port, receiveTimeout: 1)
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(socketFD, $0.baseAddress, $0.count, 0) }
    }

    deinit { close(socketFD) }

    /// Waits (up to `seconds`, polling the socket each second) until `needle` has arrived;
    /// returns everything received so far.
    func wait(for needle: String, seconds: Int = 60) async -> String {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var buffer = [UInt8](repeating: 0, count: 4096)
                for _ in 0..<seconds where !self.received.contains(needle) {
                    let count = recv(self.socketFD, &buffer, buffer.count, 0)
                    if count > 0 { self.received += String(decoding: buffer[..<count], as: UTF8.self) }
                    if count == 0 { break }
                }
                continuation.resume(returning: self.received)
            }
        }
    }
}

/// A TCP socket connected to 127.0.0.1:`port`, whose reads give up after `receiveTimeout` seconds.
func connectToLoopback(port: Int, receiveTimeout: Int) throws -> Int32 {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socketFD >= 0 else { throw POSIXError(.EIO) }
    var timeout = timeval(tv_sec: receiveTimeout, tv_usec: 0)
    setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { close(socketFD); throw POSIXError(.ECONNREFUSED) }
    return socketFD
}
