import Foundation

/// The pet store's server side, just enough of it for the tests: pets in memory, pages of `limit` pets with an
/// opaque cursor, Problem bodies for unknown pets and unavailable orders, and a bearer token it insists on.
final class FakePetStore: @unchecked Sendable {
    // @unchecked: every stored property is guarded by `lock`.
    static let token = "pet-store-test-token"

    private struct StoredPet {
        var id: String
        var name: String
        var status: String
        var tag: String?

        var json: String {
            let tagMember = tag.map { #", "tag": "\#($0)""# } ?? ""
            return #"{"id": "\#(id)", "name": "\#(name)", "status": "\#(status)"\#(tagMember)}"#
        }
    }

    private let lock = NSLock()
    private var pets: [StoredPet]
    private var requests: [LoopbackServer.Request] = []

    /// A store holding `pets` (name, status), with IDs `1`, `2`, … in that order.
    init(pets: [(name: String, status: String)]) {
        self.pets = pets.enumerated().map {
            StoredPet(id: "\($0.offset + 1)", name: $0.element.name, status: $0.element.status)
        }
    }

    /// Every request received so far, in order.
    var receivedRequests: [LoopbackServer.Request] {
        lock.withLock { requests }
    }

    /// Serves the store on 127.0.0.1 until `lifetime` seconds have passed.
    func start(lifetime: TimeInterval = 10) throws -> LoopbackServer {
        try LoopbackServer(lifetime: lifetime) { [self] request in
            lock.withLock {
                requests.append(request)
                return answer(request)
            }
        }
    }

    private func answer(_ request: LoopbackServer.Request) -> LoopbackServer.Response {
        guard request.headers["authorization"] == "Bearer \(Self.token)" else {
            return problem(401, "UNAUTHENTICATED", "A bearer token is required.")
        }
        let segments = request.path.split(separator: "/").map(String.init)
        switch (request.method, segments) {
        case ("GET", ["pets"]): return listPets(request.query)
        case ("POST", ["pets"]): return addPet(request.body)
        case ("GET", let path) where path.count == 2 && path[0] == "pets": return getPet(path[1])
        case ("POST", ["orders"]): return placeOrder(request.body)
        default: return problem(404, "NO_ROUTE", "No operation at \(request.method) \(request.path).")
        }
    }

    /// `limit` pets from the one after the cursor (a pet ID); the next cursor is the last pet's ID.
    private func listPets(_ query: [URLQueryItem]) -> LoopbackServer.Response {
        func value(_ name: String) -> String? { query.first { $0.name == name }?.value }
        let matching = pets.filter { pet in value("status").map { pet.status == $0 } ?? true }
        let start =
            value("paging[cursor]").flatMap { cursor in matching.firstIndex { $0.id == cursor } }.map { $0 + 1 } ?? 0
        let limit = value("paging[limit]").flatMap(Int.init) ?? 50
        let page = matching[start..<min(start + limit, matching.count)]
        let hasNext = page.endIndex < matching.count
        let cursors = hasNext ? #"{"next": "\#(page.last!.id)"}"# : "{}"
        let items = page.map(\.json).joined(separator: ", ")
        return LoopbackServer.Response(
            status: 200, json: #"{"pets": [\#(items)], "metadata": {"cursors": \#(cursors), "hasNext": \#(hasNext)}}"#)
    }

    private func addPet(_ body: Data) -> LoopbackServer.Response {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
            let name = object["name"] as? String
        else { return problem(400, "INVALID_PET", "A pet needs a name.") }
        let pet = StoredPet(id: "\(pets.count + 1)", name: name, status: "available", tag: object["tag"] as? String)
        pets.append(pet)
        return LoopbackServer.Response(status: 201, json: pet.json)
    }

    private func getPet(_ id: String) -> LoopbackServer.Response {
        guard let pet = pets.first(where: { $0.id == id }) else {
            return problem(404, "PET_NOT_FOUND", "There is no pet \(id).")
        }
        return LoopbackServer.Response(status: 200, json: pet.json)
    }

    private func placeOrder(_ body: Data) -> LoopbackServer.Response {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
            let petID = object["petId"] as? String, let index = pets.firstIndex(where: { $0.id == petID })
        else { return problem(404, "PET_NOT_FOUND", "There is no such pet.") }
        guard pets[index].status == "available" else {
            return problem(409, "PET_NOT_AVAILABLE", "\(pets[index].name) is \(pets[index].status).")
        }
        pets[index].status = "pending"
        let quantity = object["quantity"] as? Int ?? 1
        return LoopbackServer.Response(
            status: 201,
            json: #"{"id": "order-\#(petID)", "petId": "\#(petID)", "quantity": \#(quantity), "status": "placed"}"#)
    }

    private func problem(_ status: Int, _ code: String, _ message: String) -> LoopbackServer.Response {
        LoopbackServer.Response(status: status, json: #"{"code": "\#(code)", "message": "\#(message)"}"#)
    }
}
