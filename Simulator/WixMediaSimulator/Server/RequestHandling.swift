/// What the server asks about each request it reads: where to cut its body short, and how to answer it.
protocol RequestHandling: Sendable {
    /// Once the head of `request` is read (its `body` still empty): how many bytes of the body to read at most
    /// before dropping the connection, or nil to read it all.
    func bodyCut(for request: SimulatorRequest) -> Int?

    /// How to answer `request`, which has its body (or, when ``SimulatorRequest/bodyWasCut``, what arrived of it).
    func plan(for request: SimulatorRequest) -> ResponsePlan
}
