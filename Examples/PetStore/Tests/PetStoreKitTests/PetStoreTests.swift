import Foundation
import OpenAPIClientKit
import PetStoreKit
import Testing

/// The example package's proof: code generated from `openapi.yaml` by the plugin, sent by the runtime's
/// `APIClient` over URLSession to a fake pet store on 127.0.0.1 — no WixMedia anywhere.
@Suite struct PetStoreTests {
    let store = FakePetStore(pets: [
        ("Rex", "available"), ("Tom", "sold"), ("Kiki", "available"), ("Bubbles", "available"),
        ("Nemo", "available"), ("Luna", "pending"),
    ])

    /// The README's step 5, line for line (ReadmeSyncTests compares them).
    @Test func listsEveryAvailablePetAcrossPages() async throws {
        let server = try store.start()
        let client = APIClient(baseURL: server.baseURL, authentication: PetStoreAPI.bearerAuth(FakePetStore.token))
        // BEGIN README § Use the generator
        // import Foundation
        // import OpenAPIClientKit
        // import PetStoreKit
        //
        // let client = APIClient(
        //     baseURL: URL(string: "https://petstore.example.com/v1")!, authentication: PetStoreAPI.bearerAuth(token))
        let api = PetStoreAPI(client: client)
        var names: [String] = []
        for try await pet in api.pets.listPetsPaged(status: .available, pageSize: 2) {
            names.append(pet.name)
        }
        // END README § Use the generator
        #expect(names == ["Rex", "Kiki", "Bubbles", "Nemo"])
        let pages = store.receivedRequests.map { $0.query.map { "\($0.name)=\($0.value ?? "")" } }
        #expect(
            pages == [
                ["status=available", "paging[limit]=2"],
                ["status=available", "paging[limit]=2", "paging[cursor]=3"],
            ])
    }

    @Test func addsAPetAndReadsItBack() async throws {
        let server = try store.start()
        let api = PetStoreAPI(client: APIClient(baseURL: server.baseURL, authentication: .bearer(FakePetStore.token)))
        let added = try await api.pets.addPet(name: "Fluffy", tag: "cat")
        #expect(added == Pet(id: "7", name: "Fluffy", status: .available, tag: "cat"))
        let read = try await api.pets.getPet(petID: added.id)
        #expect(read == added)
    }

    /// The README's error sample, line for line (ReadmeSyncTests compares them).
    @Test func anErrorResponseCarriesTheDocumentsProblem() async throws {
        let server = try store.start()
        let api = PetStoreAPI(client: APIClient(baseURL: server.baseURL, authentication: .bearer(FakePetStore.token)))
        var message = ""
        // BEGIN README § Use the generator: errors
        do {
            _ = try await api.pets.getPet(petID: "404")
        } catch let error as APIResponseError where error.code(for: Operations.GetPet.self) == .petNotFound {
            let problem = error.errorBody(for: Operations.GetPet.self)  // the document's Problem schema
            message = problem?.message ?? ""
        }
        // END README § Use the generator: errors
        #expect(message == "There is no pet 404.")
        let error = try await #require(throws: APIResponseError.self) {
            try await api.pets.getPet(petID: "404")
        }
        #expect(error.statusCode == 404)
        #expect(
            error.errorBody(for: Operations.GetPet.self)
                == Problem(code: .petNotFound, message: "There is no pet 404."))
    }

    @Test func ordersAPetOnceOnly() async throws {
        let server = try store.start()
        let api = PetStoreAPI(client: APIClient(baseURL: server.baseURL, authentication: .bearer(FakePetStore.token)))
        let order = try await api.orders.placeOrder(petID: "1", quantity: 1)
        #expect(order.status == .placed)
        #expect(order.petID == "1")
        let error = try await #require(throws: APIResponseError.self) {
            try await api.orders.placeOrder(petID: "1")
        }
        #expect(error.statusCode == 409)
        #expect(error.errorBody(for: Operations.PlaceOrder.self)?.code == .petNotAvailable)
        #expect(error.code(for: Operations.PlaceOrder.self) == .petNotAvailable)
    }

    @Test func requestsWithoutTheTokenAreRefused() async throws {
        let server = try store.start()
        let pets = PetsClient(sender: APIClient(baseURL: server.baseURL))
        let error = try await #require(throws: APIResponseError.self) {
            try await pets.getPet(petID: "1")
        }
        #expect(error.statusCode == 401)
        #expect(error.code(for: Operations.GetPet.self) == .unauthenticated)
    }
}
