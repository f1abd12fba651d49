/// The forms of a verb that news writes most, for word lists kept by their base form.
enum VerbForms {
    /// `sign` → sign, signs, signed, signing; `hold` → … held; `cut` → cut, cuts, cutting.
    static func of(_ verb: String) -> [String] {
        let stem = verb.hasSuffix("e") ? String(verb.dropLast()) : verb
        return [verb, verb + "s", stem + "ed", stem + "ing"] + (irregular[verb] ?? [])
    }

    private static let irregular: [String: [String]] = [
        "hold": ["held"], "make": ["made"], "take": ["took", "taken"], "give": ["gave", "given"],
        "have": ["has", "had"], "strike": ["struck"], "build": ["built"], "send": ["sent"], "begin": ["began", "begun"],
        "keep": ["kept"], "cut": ["cutting"], "withdraw": ["withdrew", "withdrawn"], "freeze": ["froze", "frozen"],
        "quit": ["quitting"], "drop": ["dropped", "dropping"], "scrap": ["scrapped", "scrapping"],
        "sever": ["severed"], "overcome": ["overcame"], "seek": ["sought"], "become": ["became"], "tell": ["told"],
        "draw": ["drew", "drawn"], "shoot": ["shot"], "get": ["got", "getting"], "win": ["won"], "lead": ["led"],
    ]
}
