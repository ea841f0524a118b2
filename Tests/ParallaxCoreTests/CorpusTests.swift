import Foundation
import Testing
@testable import ParallaxCore
import TestSupport

/// Real articles from ../shared/corpus: rules measured on text they were not written for.
@Suite(.enabled(if: SharedFixtures.available, "needs ../shared/corpus"))
struct CorpusTests {
    /// Every cluster's articles, each damaged in turn and repaired with the story around it.
    /// Returns the share of shared words cased like the original.
    func repairAgreement(keepingCleanCopy: Bool) -> (Double, Int) {
        let clusters = SharedFixtures.path("corpus/clusters")
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: clusters)) ?? []).sorted()
        let loader = StoryLoader()
        var agree = 0, shared = 0
        for folder in folders {
            let story = loader.load([clusters + "/" + folder])
            for (index, original) in story.articles.enumerated() {
                var damaged = original
                damaged.paragraphs = original.paragraphs.map(Damager.damage)
                var articles = story.articles
                articles[index] = damaged
                if keepingCleanCopy { articles.append(original) }
                StoryRepairer().repair(&articles)
                let result = CaseAgreement.measure(articles[index].paragraphs, original.paragraphs)
                agree += result.agree
                shared += result.shared
            }
        }
        return (Double(agree) / Double(max(shared, 1)), shared)
    }

    @Test func repairBesideACleanCopy() {
        let (agreement, shared) = repairAgreement(keepingCleanCopy: true)
        print("repair beside a clean copy: \(agreement) over \(shared) words")
        #expect(agreement >= 0.995)
    }

    @Test func repairWithOnlyOtherOutlets() {
        let (agreement, shared) = repairAgreement(keepingCleanCopy: false)
        print("repair with only other outlets: \(agreement) over \(shared) words")
        #expect(agreement >= 0.97)
    }

    @Test func polnearLoadsWholeAndWireDatelinesNameTheWire() {
        let story = StoryLoader().load([SharedFixtures.path("corpus/polnear-train/articles")])
        #expect(story.articles.count == 838)
        #expect(story.diagnostics.isEmpty)
        #expect(story.articles.allSatisfy { !$0.paragraphs.isEmpty })
        for article in story.articles {
            if let agency = article.dateline?.agency, agency == "AP" {
                #expect(article.outlet?.name == "Associated Press", "\(article.file)")
            }
            // Undamaged real articles are never "repaired".
            #expect(!article.isRepaired, "\(article.file)")
        }
        let withHeadline = story.articles.filter { $0.headline != nil }.count
        #expect(withHeadline * 100 >= story.articles.count * 95, "headlines found in \(withHeadline) of \(story.articles.count)")
    }

    @Test func clusterBodiesWithoutMarkersStayUnknown() throws {
        let clusters = SharedFixtures.path("corpus/clusters")
        var wrong: [String] = []
        var named = 0
        for folder in try FileManager.default.contentsOfDirectory(atPath: clusters).sorted() {
            let answers = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(clusters)/\(folder)/answers.json"))) as! [String: Any]
            let outlets = Dictionary(uniqueKeysWithValues: (answers["articles"] as! [[String: Any]]).map { ($0["file"] as! String, $0["outlet"] as! String) })
            let story = StoryLoader().load(outlets.keys.sorted().map { "\(clusters)/\(folder)/\($0)" })
            for article in story.articles {
                guard let outlet = article.outlet, outlet.isConfident else { continue }
                named += 1
                let truth = outlets[(article.file as NSString).lastPathComponent]!
                let catalogTruth = OutletCatalog.standard.outlet(named: truth)?.name ?? truth
                // A wire dateline in a paper's copy names the wire that wrote it; that is not wrong.
                if outlet.name != catalogTruth && outlet.outlet?.kind != .wire { wrong.append("\(folder)/\(article.file): \(outlet.name) ≠ \(truth)") }
            }
        }
        print("clusters: \(named) articles attributed with confidence")
        #expect(wrong.isEmpty, "\(wrong)")
    }
}
