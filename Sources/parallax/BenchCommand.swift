import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxUI

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput and latency of the core on a corpus (build with -c release).",
        discussion: "Default corpus: ../shared/corpus/polnear-train/articles beside the checkout."
    )

    /// One measurement of the bench; `--only` runs a single one (for a profiler).
    enum Phase: String, ExpressibleByArgument, CaseIterable {
        case pipeline, quotes, compare, reader, ingest, latency
    }

    @Option(help: "Folder of articles to measure on.")
    var corpus: String = "../shared/corpus/polnear-train/articles"

    @Option(help: "How many timed runs (the best and the median are reported).")
    var runs: Int = 5

    @Option(help: "Run one measurement only: \(Phase.allCases.map(\.rawValue).joined(separator: ", ")).")
    var only: Phase?

    func run() throws {
        let loader = StoryLoader()
        let started = Date()
        let ingested = loader.ingestor.load([corpus])
        let readTime = Date().timeIntervalSince(started)
        let documents = ingested.documents
        guard !documents.isEmpty else {
            printError("parallax bench: no articles in \(corpus)")
            throw ExitStatus.nothingLoaded
        }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let megabytes = Double(bytes) / 1_000_000
        print("corpus: \(corpus): \(documents.count) articles, \(String(format: "%.2f", megabytes)) MB")
        print("read+decode (cold, once): \(ms(readTime)) ms")

        let bench = Measurements(loader: loader, documents: documents, megabytes: megabytes, runs: max(1, runs), corpus: corpus)
        for phase in Phase.allCases where only == nil || only == phase {
            switch phase {
            case .pipeline: bench.pipeline()
            case .quotes: bench.quotes()
            case .compare: bench.compare()
            case .reader: bench.reader()
            case .ingest: bench.ingest()
            case .latency: bench.latency()
            }
        }
    }
}

/// The bench's measurements, each printing one or more lines.
private struct Measurements {
    let loader: StoryLoader
    let documents: [SourceDocument]
    let megabytes: Double
    let runs: Int
    let corpus: String
    let extractor = QuoteExtractor()
    let comparer = Comparer()

    /// Whole pipeline: clean + repair + outlets, repeated.
    func pipeline() {
        let times = timed { precondition(loader.build(documents, title: "bench").articles.count == documents.count) }
        report("clean+repair+outlets", times: times)
    }

    /// Parse and quotes: the pipeline, then quotes, speakers and reactions for the whole set.
    func quotes() {
        var quoteCount = 0
        let times = timed {
            let quotes = extractor.extract(loader.build(documents, title: "bench"))
            quoteCount = quotes.articles.reduce(0) { $0 + $1.quotes.count }
        }
        report("parse+quotes (\(quoteCount) quotes)", times: times)
    }

    /// Comparing stories of growing size (the first N articles as one story): should grow near-linearly.
    func compare() {
        for size in [10, 25, 50, 100, 200] where size <= documents.count {
            let story = loader.build(Array(documents.prefix(size)), title: "bench")
            let quotes = extractor.extract(story)
            let times = timed { _ = comparer.compare(story, quotes: quotes) }.sorted()
            let best = times[0], median = times[times.count / 2]
            print("compare \(size) articles: best \(ms(best)) ms, median \(ms(median)) ms (\(String(format: "%.2f", best * 1000 / Double(size))) ms/article)")
        }
    }

    /// The reader: first frame (load, quotes, compare, layout, draw into memory) and a keypress redraw.
    func reader() {
        let seeds = URL(fileURLWithPath: corpus).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds").path
        guard FileManager.default.fileExists(atPath: seeds) else { return }
        var firstFrames: [Double] = [], redraws: [Double] = []
        for _ in 0..<runs {
            let start = Date()
            let story = loader.load([seeds])
            let quotes = extractor.extract(story)
            var reader = Reader(model: ReaderModel(story: story, quotes: quotes, comparison: comparer.compare(story, quotes: quotes)),
                                themes: [.fallback], width: 200, height: 60)
            _ = reader.render()
            firstFrames.append(Date().timeIntervalSince(start))
            for key in [Key.down, .tab, .down, .pageDown, .tab, .down, .character("c"), .character("]"), .character("q"), .character("m")] {
                let start = Date()
                reader.handle(key)
                _ = reader.render()
                redraws.append(Date().timeIntervalSince(start))
            }
        }
        redraws.sort()
        print("reader on the seeds: first frame best \(ms(firstFrames.min()!)) ms; keypress redraw at 200×60 p50 \(ms(redraws[redraws.count / 2])) ms, max \(ms(redraws.last!)) ms")
    }

    /// Ingest included: read from disk, decode, then the pipeline.
    func ingest() {
        report("ingest+clean+repair+outlets", times: timed { _ = loader.load([corpus]) })
    }

    /// Per-article latency of cleaning.
    func latency() {
        var latencies: [Double] = []
        for document in documents {
            let start = Date()
            _ = loader.cleaner.clean(document)
            latencies.append(Date().timeIntervalSince(start))
        }
        latencies.sort()
        let p50 = latencies[latencies.count / 2], p99 = latencies[min(latencies.count - 1, latencies.count * 99 / 100)]
        print("clean latency per article: p50 \(String(format: "%.3f", p50 * 1000)) ms, p99 \(String(format: "%.3f", p99 * 1000)) ms, max \(String(format: "%.3f", latencies.last! * 1000)) ms")
    }

    /// The wall-clock seconds of `runs` calls of `work`.
    private func timed(_ work: () -> Void) -> [Double] {
        (0..<runs).map { _ in
            let start = Date()
            work()
            return Date().timeIntervalSince(start)
        }
    }

    private func report(_ name: String, times: [Double]) {
        let sorted = times.sorted()
        let best = sorted[0], median = sorted[sorted.count / 2]
        print("\(name): best \(ms(best)) ms (\(String(format: "%.1f", megabytes / best)) MB/s), median \(ms(median)) ms (\(String(format: "%.1f", megabytes / median)) MB/s)")
    }
}

/// Seconds as milliseconds with one decimal.
private func ms(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
