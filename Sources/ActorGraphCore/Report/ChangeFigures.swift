/// A relation change's figures as the reports show them: both sides with an arrow ("7 → 17", "-0.04 → +0.40",
/// "0 → +"), or the one side's alone for a relation that appeared or vanished.
extension NetworkDiff.Change {
    var sentenceFigures: String { figures { "\($0.weight)" } }
    var stanceFigures: String { figures { ReportNumber.signed($0.stance) } }
    var signFigures: String { figures { $0.sign > 0 ? "+" : $0.sign < 0 ? "−" : "0" } }

    private func figures(_ figure: (Edge) -> String) -> String {
        [old, new].compactMap { $0.map(figure) }.joined(separator: " → ")
    }
}

extension NetworkDiff {
    /// What the reports show for a side of a relation without a stored sentence.
    static let noSentenceKept =
        "(no sentence kept: a network keeps each relation's strongest few unless built with --evidence all)"

    /// "From 2021 (13 actors, 27 relations) to 2023 (13 actors, 26 relations)", each name passed through `name`
    /// (a renderer's emphasis).
    func fromTo(_ name: (String) -> String) -> String {
        func side(_ side: Side) -> String {
            "\(name(side.name)) (\(side.actors) actor\(side.actors == 1 ? "" : "s"), "
                + "\(side.relations) relation\(side.relations == 1 ? "" : "s"))"
        }
        return "From \(side(old)) to \(side(new))."
    }
}
