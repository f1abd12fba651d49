/// "US and Iraqi forces battle insurgents for control of the city": one force that two actors name together is a joint
/// force, and its sides are allies whatever it does, though no cue of the sentence need reach them. The words find
/// such a force (two mentions of different actors joined by `and`, a comma or a hyphen, then a force noun) and give it
/// a cue, so that a sentence without a cue of its own is still parsed; the parse then decides whom the noun's
/// modifiers name and whether the sides fight each other ("Indian and Pakistani troops clashed"), and the word-order
/// guess adds no one (the cue is parse-only).
enum JointForces {
    /// The cue of each joint force the words name.
    static func cues(in words: SentenceWords, mentions: [Mention], lexicon: StanceLexicon) -> [Cue] {
        var cues: [Cue] = []
        for (first, second) in zip(mentions, mentions.dropFirst()) where first.actor != second.actor {
            let between = words.words.filter { $0.start >= first.end && $0.end <= second.start }
            guard between.allSatisfy({ $0.text == "and" || $0.text == "," }),
                let noun = words.words.firstIndex(where: { $0.start >= second.end }),
                lexicon.roles.forceNouns.contains(words.words[noun].text),
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
