/// An IPv4 CIDR block: a network address and a prefix length 0–32 (`10.0.0.0/22`).
///
/// The address never has host bits set: `init(parsing:)` rejects `10.0.1.0/22`
/// and says which block was meant, so tables never show a silently shifted range.
struct CIDRBlock: Hashable, Sendable, CustomStringConvertible {
    /// The first address of the block (all host bits zero).
    let network: IPv4Address
    let prefix: Int

    static let prefixRange = 0...32
    /// Prefixes AWS accepts for a VPC or a subnet.
    static let awsPrefixRange = 16...28

    /// `address` must have no host bits set for `prefix`.
    init(network address: IPv4Address, prefix: Int) throws(CIDRError) {
        guard Self.prefixRange.contains(prefix) else { throw .prefixOutOfRange(prefix) }
        let network = IPv4Address(address.value & Self.maskValue(prefix: prefix))
        guard network == address else {
            throw .hostBitsSet(address: address, prefix: prefix, network: network)
        }
        self.init(checkedNetwork: network, prefix: prefix)
    }

    private init(checkedNetwork network: IPv4Address, prefix: Int) {
        self.network = network
        self.prefix = prefix
    }

    /// Parses `a.b.c.d/n`.
    init(parsing text: String) throws(CIDRError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            if parts.count == 1, (try? IPv4Address(parsing: parts[0])) != nil { throw .missingPrefix(text) }
            throw .malformedBlock(text)
        }
        let address = try IPv4Address(parsing: parts[0])
        guard !parts[1].isEmpty, parts[1].count <= 3, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
            let prefix = Int(parts[1])
        else { throw .malformedPrefix(text) }
        try self.init(network: address, prefix: prefix)
    }

    /// The netmask as a 32-bit value: `prefix` one bits, then zeros.
    static func maskValue(prefix: Int) -> UInt32 {
        prefix == 0 ? 0 : UInt32.max << UInt32(32 - prefix)
    }

    /// Number of addresses in a block of this prefix: 2^(32 − prefix), up to 4,294,967,296 for /0.
    static func addressCount(prefix: Int) -> UInt64 {
        UInt64(1) << UInt64(32 - prefix)
    }

    var mask: IPv4Address { IPv4Address(Self.maskValue(prefix: prefix)) }
    var wildcard: IPv4Address { IPv4Address(~Self.maskValue(prefix: prefix)) }
    var hostBits: Int { 32 - prefix }
    var first: IPv4Address { network }
    var last: IPv4Address { IPv4Address(network.value | ~Self.maskValue(prefix: prefix)) }
    var count: UInt64 { Self.addressCount(prefix: prefix) }

    func contains(_ address: IPv4Address) -> Bool {
        address.value & Self.maskValue(prefix: prefix) == network.value
    }

    /// True when every address of `other` is in this block.
    func contains(_ other: CIDRBlock) -> Bool {
        other.prefix >= prefix && contains(other.network)
    }

    /// The address `offset` places after the network address (`offset` < `count`).
    func address(at offset: UInt64) -> IPv4Address {
        precondition(offset < count, "offset \(offset) is outside \(self)")
        return IPv4Address(network.value + UInt32(offset))
    }

    /// How many blocks of `newPrefix` make up this block (`newPrefix` ≥ `prefix`).
    func subnetCount(prefix newPrefix: Int) -> UInt64 {
        precondition(newPrefix >= prefix && newPrefix <= 32)
        return UInt64(1) << UInt64(newPrefix - prefix)
    }

    /// Splits the block into consecutive, equal blocks of `newPrefix`, in address order.
    func split(into newPrefix: Int) throws(CIDRError) -> [CIDRBlock] {
        guard Self.prefixRange.contains(newPrefix) else { throw .prefixOutOfRange(newPrefix) }
        guard newPrefix >= prefix else { throw .subnetPrefixShorter(subnet: newPrefix, block: prefix) }
        let size = Self.addressCount(prefix: newPrefix)
        return (0..<subnetCount(prefix: newPrefix)).map { index in
            // Each start is a multiple of `size` inside an aligned block, so no host bits are set.
            CIDRBlock(checkedNetwork: IPv4Address(network.value + UInt32(index * size)), prefix: newPrefix)
        }
    }

    var description: String { "\(network)/\(prefix)" }
}

/// Why a CIDR block or address was rejected, phrased for the person who typed it.
enum CIDRError: Error, Equatable, Sendable {
    case malformedAddress(String)
    case leadingZero(String)
    case octetOutOfRange(String, octet: String)
    case malformedBlock(String)
    case missingPrefix(String)
    case malformedPrefix(String)
    case prefixOutOfRange(Int)
    case hostBitsSet(address: IPv4Address, prefix: Int, network: IPv4Address)
    case subnetPrefixShorter(subnet: Int, block: Int)

    var message: String {
        switch self {
        case .malformedAddress(let text):
            return "`\(text)` is not an IPv4 address: write four numbers 0–255 separated by dots, such as 10.0.0.0"
        case .leadingZero(let text):
            return "`\(text)` has an octet with a leading zero, which tools read differently (octal or decimal); drop the zero"
        case .octetOutOfRange(let text, let octet):
            return "`\(text)` is not an IPv4 address: \(octet) is more than 255"
        case .malformedBlock(let text):
            return "`\(text)` is not a CIDR block: write an address, a slash and a prefix, such as 10.0.0.0/16"
        case .missingPrefix(let text):
            return "`\(text)` has no prefix: write it as a CIDR block, such as \(text)/24"
        case .malformedPrefix(let text):
            return "`\(text)` is not a CIDR block: the prefix after the slash must be a whole number 0–32"
        case .prefixOutOfRange(let prefix):
            return "prefix \(prefix) is outside 0–32"
        case .hostBitsSet(let address, let prefix, let network):
            return "\(address)/\(prefix) has host bits set: the /\(prefix) block containing \(address) starts at \(network), so write \(network)/\(prefix)"
        case .subnetPrefixShorter(let subnet, let block):
            return "subnet prefix /\(subnet) is shorter than the block's /\(block): a subnet must be the same size or smaller"
        }
    }
}
