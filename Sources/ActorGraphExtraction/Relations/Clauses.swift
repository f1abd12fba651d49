/// The clauses of a sentence, as a clause number for each word: a cue speaks of the actors in its own clause.
///
/// A clause ends at `;` and `:` (which also cut a dateline such as `Moscow:` from the sentence it heads). A contrast
/// (`but`, `however`, `yet`, `whereas`, `while`) starts a new clause. A concession (`despite`, `although`, `though`)
/// starts a clause that runs to the next comma, so in "Despite the censure of Russia's conflict with Ukraine, India
/// has maintained a neutral stance" the conflict is Russia's and Ukraine's, and India's clause has no cue.
struct Clauses: Sendable {
    /// The clause of each word, counting from 0.
    let numbers: [Int]

    static let contrasts: Set<String> = ["but", "however", "yet", "whereas", "while"]
    static let concessions: Set<String> = ["despite", "although", "though"]

    init(_ sentence: SentenceWords) {
        var numbers: [Int] = []
        var current = 0
        var concessionOpen = false
        for word in sentence.words {
            let text = word.text
            if Self.contrasts.contains(text) || Self.concessions.contains(text) {
                // A new clause, unless the word before already closed one.
                if numbers.last == current { current += 1 }
                concessionOpen = Self.concessions.contains(text)
            }
            numbers.append(current)
            if text == ";" || text == ":" || (text == "," && concessionOpen) {
                current += 1
                concessionOpen = false
            }
        }
        self.numbers = numbers
    }
}
