// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "GeoCheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "geocheck", targets: ["geocheck"]),
        .library(name: "Geodesy", targets: ["Geodesy"]),
        .library(name: "Geometry", targets: ["Geometry"]),
        .library(name: "Gazetteer", targets: ["Gazetteer"]),
        .library(name: "GeoJSON", targets: ["GeoJSON"]),
        .library(name: "Roads", targets: ["Roads"]),
        .library(name: "Routing", targets: ["Routing"]),
        .library(name: "Verification", targets: ["Verification"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // C shims over the Debian system libraries.
        .systemLibrary(
            name: "CGEOS",
            pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CPROJ",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]
        ),

        // Geodesy: coordinates, distances, bearings, WGS84 geodesics (PROJ's geodesic.h).
        .target(name: "Geodesy", dependencies: ["CPROJ"]),

        // Geometry: a Swift face of GEOS, with metre-based operations through PROJ.
        .target(name: "Geometry", dependencies: ["CGEOS", "CPROJ", "Geodesy"]),

        // Gazetteer: places, names and transliteration, the SQLite index, regions and borders.
        .target(
            name: "Gazetteer",
            dependencies: [
                "Geodesy", "Geometry", "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),

        // GeoJSON: RFC 7946 Codable types and the writer's rules.
        .target(name: "GeoJSON", dependencies: ["Geodesy", "Geometry"]),

        // Roads: road distances and road-following paths from an imported OpenStreetMap extract,
        // over Routino run as a separate program (AGPL: never linked).
        .target(name: "Roads", dependencies: ["Geodesy"]),

        // Routing: routes through stops along geodesics, or along roads.
        .target(name: "Routing", dependencies: ["Geodesy", "Gazetteer", "GeoJSON", "Roads"]),

        // Verification: claims and their extractor, the tolerance model, verdicts, and the
        // report as JSON and GeoJSON (a claim's line is a two-stop route).
        .target(name: "Verification", dependencies: ["Gazetteer", "Geodesy", "Geometry", "GeoJSON", "Routing", "Roads"]),

        // Maps: SVG pictures of GeoJSON over the gazetteer's boundaries.
        .target(name: "Maps", dependencies: ["GeoJSON", "Gazetteer", "Geometry"]),

        // Server: the HTTP API and the page's assets (Hummingbird), shapes shared with the CLI.
        .target(
            name: "Server",
            dependencies: [
                "Verification", "Routing", "Roads", "Gazetteer", "GeoJSON", "Geodesy", "Geometry",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Public")]
        ),

        // The command-line tool: commands and output formatting only.
        .executableTarget(
            name: "geocheck",
            dependencies: [
                "Geodesy",
                "Geometry",
                "Gazetteer",
                "GeoJSON",
                "Routing",
                "Roads",
                "Maps",
                "Verification",
                "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Prepared point-in-polygon throughput (Benchmarks/run.sh runs it).
        .executableTarget(
            name: "geocheck-pip-bench",
            dependencies: ["Geodesy", "Geometry"],
            path: "Benchmarks/PointInPolygon"
        ),

        // Warm gazetteer look-up latency (Benchmarks/gazetteer.sh runs it).
        .executableTarget(
            name: "geocheck-lookup-bench",
            dependencies: ["Gazetteer"],
            path: "Benchmarks/GazetteerLookup"
        ),

        // Road route latency over random pairs (Benchmarks/roads.sh runs it).
        .executableTarget(
            name: "geocheck-road-bench",
            dependencies: ["Geodesy", "Roads"],
            path: "Benchmarks/RoadRoutes"
        ),

        // Reference data and helpers the test targets share.
        .target(name: "TestSupport", dependencies: ["Geodesy", "Gazetteer", "Roads"], path: "Tests/TestSupport"),
        .testTarget(name: "GeodesyTests", dependencies: ["Geodesy", "TestSupport"]),
        .testTarget(name: "GeometryTests", dependencies: ["Geometry", "Geodesy", "TestSupport"]),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "Geodesy", "Geometry", "TestSupport"]),
        .testTarget(name: "GeoJSONTests", dependencies: ["GeoJSON", "Routing", "Geodesy", "TestSupport"]),
        .testTarget(name: "VerificationTests", dependencies: ["Verification", "Gazetteer", "Geodesy", "Roads", "TestSupport"]),
        .testTarget(name: "RoadsTests", dependencies: ["Roads", "Geodesy", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "Gazetteer", "GeoJSON", "Verification", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "CLITests", dependencies: ["geocheck", "Geodesy", "TestSupport"]),
    ]
)
