/// "US and Iraqi forces fight rebels for control of the town": one force that two actors name together is a joint
/// force, and its sides are allies whatever it does, though no cue of the sentence need reach them. So are two forces
/// of different actors joined by `and` or `with` ("Haitian police and U.N. troops raided a slum", "US troops with
/// Iraqi soldiers surged into Fallujah"). The words find such a force (two mentions of different actors joined by
/// `and`, a comma or a hyphen, then a force noun; or a mention and its force noun, `and` or `with`, and another's) and
/// give it a cue, so that a sentence without a cue of its own is still parsed; the parse then decides whom the
/// nouns' modifiers name and whether the sides fight each other ("Indian and Pakistani troops clashed"), and the
/// word-order guess adds no one (the cue is parse-only).
enum JointForces {
    /// The cue of each joint force the words name.
    static func cues(in words: SentenceWords, mentions: [Mention], lexicon: StanceLexicon) -> [Cue] {
        var cues: [Cue] = []
        let isForce = { (index: Int) in lexicon.roles.forceNouns.contains(words.words[index].text) }
        for (first, second) in zip(mentions, mentions.dropFirst()) where first.actor != second.actor {
            let between = words.words.indices.filter {
                words.words[$0].start >= first.end && words.words[$0].end <= second.start
            }
            guard let next = words.words.firstIndex(where: { $0.start >= second.end }), isForce(next) else { continue }
            // Two forces: the first right after its mention, then `and` or `with` and at most two words before the
            // second mention ("US troops and innumerable Afghan forces").
            let joined = between.first.map { noun in
                isForce(noun) && between.count >= 2 && between.count <= 4
                    && ["and", "with"].contains(words.words[between[1]].text)
            } ?? false
            let noun = joined ? between[0] : next
            guard joined || between.allSatisfy({ words.words[$0].text == "and" || words.words[$0].text == "," }),
                !cues.contains(where: { $0.position == noun })
            else { continue }
            cues.append(
                Cue(
                    phrase: words.words[noun].text, stance: lexicon.jointForceStance, position: noun, length: 1,
                    isParseOnly: true, isJointForce: true))
        }
        return cues
    }
}
