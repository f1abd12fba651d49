/// The language data of the sentence splitter: words that end in a period without ending a
/// sentence. Kept apart from the algorithm (as spaCy keeps `lang/en/`) so a reviewer can read and
/// extend the lists without touching the code.
///
/// Matching is case-sensitive: "Gen." before a name is an abbreviation, "gen." is not a word news
/// prose ends on either way, and "no." at the end of a sentence must still end it.
enum Abbreviations {
    /// Titles, name suffixes, company forms, months and Latin shorthands that never end a sentence
    /// in news prose ("Gen. Bipin Rawat", "Dec. 28", "Tata Sons Ltd. said").
    static let neverFinal: Set<String> = [
        // Civil and military titles.
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl",
        "Adm", "Brig", "Cmdr", "Cdr", "Sen", "Rep", "Gov", "Pres", "Amb", "Hon", "Rev", "Fr", "Supt",
        // Name suffixes and places.
        "St", "Jr", "Sr", "Mt", "Ft", "Ave",
        // Company forms.
        "Inc", "Ltd", "Co", "Corp", "Bros", "Pvt", "Dept", "Univ", "Assn",
        // Months, abbreviated.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        // Latin and other shorthands written in lower case.
        "vs", "approx", "cf", "viz", "est",
    ]

    /// Abbreviations that are abbreviations only before a number: "No. 10 Downing Street", but
    /// "The answer was no. Then ..." ends a sentence.
    static let beforeNumber: Set<String> = ["No", "Nos", "Art", "Vol", "Fig", "p", "pp"]

    /// Abbreviations that may also close a sentence: "etc." and dotted acronyms such as "U.S.",
    /// "e.g." or "a.m.". After these a sentence ends only when the next word is one that cannot
    /// continue the phrase ("... imposed by the U.S. The move ..."), never before a name
    /// ("the U.S. President", "U.N. Security Council").
    static let mayBeFinal: Set<String> = ["etc"]

    /// Words that start a new sentence and cannot follow "U.S." or "etc." inside one.
    static let sentenceStarters: Set<String> = [
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "But", "However", "Meanwhile", "Moreover", "Also", "There", "His", "Her", "Their", "Our",
        "A", "An", "In", "On", "At", "As", "After", "While", "When", "If", "Earlier", "Later",
    ]
}
