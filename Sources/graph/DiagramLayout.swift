import ArgumentParser

/// Where a picture puts the actors: by their ties (a Graphviz force layout) or where they are in the world.
enum DiagramLayout: String, CaseIterable, ExpressibleByArgument {
    /// Positions from the ties: close allies near each other (`--engine` picks the Graphviz layout).
    case force
    /// A map: countries at their capitals, groupings at the mean of their members (`MapLayout`).
    case geo
}
