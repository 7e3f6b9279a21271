// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "StudySite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "studysite", targets: ["studysite"]),
        .library(name: "StudySite", targets: ["StudySite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // GitHub's cmark fork: GFM tables, autolinks, strikethrough, task lists, tag filter.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libxml2's HTML parser reads the built pages for the link checker; its XML parser cleans dot's SVG.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "StudySite",
            dependencies: [
                "CCmarkGFM",
                "CLibXML2",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                // mdBook's book.toml (Content/BookToml): TOML through toml++, not by hand.
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                // `serve`: SwiftNIO's HTTP/1 server pipeline (already here through AsyncHTTPClient).
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "studysite",
            dependencies: [
                "StudySite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian `libmimalloc-dev`) takes over malloc for the whole process
            // when linked: a build makes millions of small, short-lived allocations on every
            // core (cmark nodes, Swift strings), and it cut the build's CPU time by a tenth.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // `make bench`: writes the synthetic corpus (Foundation only).
        .executableTarget(name: "bench-corpus"),
        // `make bench-linkcheck`: a loopback server and a page of 1,000 URLs, timing check-links against lychee.
        .executableTarget(
            name: "linkcheck-bench",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "StudySiteTests",
            dependencies: [
                "StudySite",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
