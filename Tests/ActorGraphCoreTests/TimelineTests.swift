import Foundation
import Testing

@testable import ActorGraphCore

/// `Timeline`: an edge's months folded into quarters and years, checked by hand and on the committed network.
@Suite struct TimelineTests {
    private func month(_ month: String, _ weight: Int, _ positive: Int, _ negative: Int, _ stance: Double)
        -> StancePeriod
    {
        StancePeriod(month: month, weight: weight, positive: positive, negative: negative, stance: stance)
    }

    /// Three months, given out of order, in two quarters of 2021 and one of 2022.
    private var months: [StancePeriod] {
        [month("2022-02", 1, 0, 1, -1), month("2021-01", 3, 2, 0, 0.5), month("2021-03", 1, 0, 1, -0.5)]
    }

    @Test func monthsKeepTheirCountsAndShowEveryEmptyMonthBetween() throws {
        let timeline = try Timeline(months, by: .month)
        #expect(timeline.periods.map(\.label).first == "2021-01")
        #expect(timeline.periods.map(\.label).last == "2022-02")
        #expect(timeline.periods.count == 14)
        let february = try #require(timeline.periods.first { $0.label == "2021-02" })
        #expect(february == Timeline.Period(label: "2021-02", weight: 0, positive: 0, negative: 0, stance: nil))
        #expect(february.sign == nil)
        #expect(timeline.periods[0] == Timeline.Period(label: "2021-01", weight: 3, positive: 2, negative: 0, stance: 0.5))
    }

    @Test func quartersSumTheCountsAndWeightTheStanceBySentences() throws {
        let timeline = try Timeline(months, by: .quarter)
        #expect(timeline.periods.map(\.label) == ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1"])
        // (3 × 0.5 + 1 × -0.5) / 4 = 0.25
        #expect(timeline.periods[0] == Timeline.Period(label: "2021-Q1", weight: 4, positive: 2, negative: 1, stance: 0.25))
        #expect(timeline.periods[0].sign == 1)
        #expect(timeline.periods[1].weight == 0 && timeline.periods[1].stance == nil)
        #expect(timeline.periods[4] == Timeline.Period(label: "2022-Q1", weight: 1, positive: 0, negative: 1, stance: -1))
        #expect(timeline.periods[4].sign == -1)
    }

    @Test func yearsRoundTheStanceAsTheNetworkFileDoes() throws {
        let timeline = try Timeline([month("2020-05", 2, 1, 0, 0.1), month("2020-11", 1, 0, 0, 0)], by: .year)
        // (2 × 0.1 + 0) / 3 = 0.0666… → 0.0667, and a sign: it reaches the 0.05 threshold.
        #expect(timeline.periods == [Timeline.Period(label: "2020", weight: 3, positive: 1, negative: 0, stance: 0.0667)])
        #expect(timeline.periods[0].sign == 1)
    }

    /// India–Russia in `Graphs/network.json`: the years expected are computed here from the edge's own months.
    @Test func indiaAndRussiaByYearAddUpToTheEdge() throws {
        let network = try NetworkJSON.read(from: RepositoryFiles.network)
        let edge = try #require(network.edges(between: "IND", and: "RUS").first { $0.kind == .relation })
        let timeline = try Timeline(edge.timeline, by: .year)

        let years = Set(edge.timeline.map { $0.month.prefix(4) }).compactMap { Int($0) }
        let first = try #require(years.min()), last = try #require(years.max())
        #expect(timeline.periods.map(\.label) == (first...last).map(String.init))
        for period in timeline.periods {
            let months = edge.timeline.filter { $0.month.hasPrefix(period.label + "-") }
            let weight = months.map(\.weight).reduce(0, +)
            #expect(period.weight == weight, "\(period.label)")
            #expect(period.positive == months.map(\.positive).reduce(0, +), "\(period.label)")
            #expect(period.negative == months.map(\.negative).reduce(0, +), "\(period.label)")
            if weight == 0 {
                #expect(period.stance == nil, "\(period.label)")
            } else {
                let mean = months.map { Double($0.weight) * $0.stance }.reduce(0, +) / Double(weight)
                #expect(abs(try #require(period.stance) - mean) <= 0.00005, "\(period.label)")
            }
        }
        #expect(timeline.periods.map(\.weight).reduce(0, +) == edge.timeline.map(\.weight).reduce(0, +))
    }

    @Test func aMonthThatIsNotYearAndMonthIsRefusedByName() throws {
        #expect(throws: Timeline.MalformedMonth.self) { try Timeline([month("2021-13", 1, 0, 0, 0)], by: .year) }
        #expect(throws: Timeline.MalformedMonth.self) { try Timeline([month("April 2021", 1, 0, 0, 0)], by: .month) }
        #expect(try Timeline([], by: .quarter).periods.isEmpty)
    }

    @Test func sparklineBarsRiseWithTheStance() {
        #expect(Timeline.bar(for: -1) == "▁")
        #expect(Timeline.bar(for: 1) == "█")
        #expect(Timeline.bar(for: 0) == "▅")
        #expect(Timeline.bar(for: -0.1) == "▄")
        let bars = stride(from: -1.0, through: 1.0, by: 0.05).map { Timeline.bar(for: $0) }
        #expect(bars == bars.sorted(), "never falls as the stance rises")
        #expect(Set(bars).count == 8, "uses all eight heights")
    }
}
