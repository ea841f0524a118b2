// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parallax", targets: ["parallax"]),
        .library(name: "ParallaxCore", targets: ["ParallaxCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The parsing and model core: no terminal code, Foundation only.
        .target(
            name: "ParallaxCore",
            resources: [.copy("Resources/outlets.json")]
        ),
        // Screens, themes and state, drawn into memory; testable without a terminal.
        .target(name: "ParallaxUI", dependencies: ["ParallaxCore"]),
        // The wide-character ncurses C API (Debian: libncurses-dev).
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The only code that talks to ncurses.
        .target(name: "ParallaxTerminal", dependencies: ["ParallaxUI", "CNcursesw"]),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxCore", "ParallaxUI", "ParallaxTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["ParallaxCore"], path: "Tests/TestSupport"),
        // The fuzz target (scripts/fuzz builds it with libFuzzer); a plain build replays inputs.
        .executableTarget(name: "parallax-fuzz", dependencies: ["TestSupport"], path: "Fuzz/ParallaxFuzz"),
        .testTarget(name: "ParallaxCoreTests", dependencies: ["ParallaxCore", "TestSupport"]),
        .testTarget(name: "ParallaxUITests", dependencies: ["ParallaxUI", "ParallaxTerminal", "TestSupport"], exclude: ["Snapshots"]),
    ]
)
