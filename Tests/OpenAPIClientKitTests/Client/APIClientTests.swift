import Foundation
import OpenAPIClientKit
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The generic client's call: request building, decoding and the document's error bodies.
final class APIClientTests: XCTestCase {
    func testSendsToBaseURLAndDecodesTheResponse() async throws {
        let transport = ScriptedTransport()
        let client = APIClient(baseURL: petStoreURL, transport: transport)

        let pet = try await client.send(GetPet(petID: "a b"))

        XCTAssertEqual(pet, Pet(name: "Rex"))
        XCTAssertEqual(
            transport.requests.map { $0.url?.absoluteString }, ["https://petstore.example.com/v1/pets/a%20b"])
        XCTAssertEqual(transport.requests.first?.httpMethod, "GET")
    }

    func testErrorResponseBecomesAPIResponseErrorWithTheDocumentsErrorBody() async throws {
        let body = #"{"code":7,"message":"no such pet"}"#
        let transport = ScriptedTransport(status: 404, headers: [HTTPHeader(name: "X-Trace", value: "t1")], body: body)
        let client = APIClient(baseURL: petStoreURL, transport: transport)

        do {
            _ = try await client.send(GetPet())
            XCTFail("a 404 must throw")
        } catch let error as APIResponseError {
            XCTAssertEqual(error.statusCode, 404)
            XCTAssertEqual(error.operationID, "getPet")
            XCTAssertEqual(error.rawBody, Data(body.utf8))
            XCTAssertEqual(error.headerValue(for: "x-trace"), "t1")
            XCTAssertEqual(error.json?["message"]?.stringValue, "no such pet")
            XCTAssertEqual(error.errorBody(for: GetPet.self), Problem(code: 7, message: "no such pet"))
            XCTAssertEqual(error.decodeBody(as: Problem.self), Problem(code: 7, message: "no such pet"))
            // Another operation's error body is never handed out as this one's.
            XCTAssertNil(error.errorBody(for: CreatePet.self))
            XCTAssertFalse(error.description.contains("no such pet"), "the body may hold anything: \(error)")
        }
    }

    func testErrorCodeIsReadAsTheOperationsCodeEnum() async throws {
        let bodies = [
            #"{"code":"PET_NOT_FOUND","message":"no such pet"}"#,
            #"{"details":{"applicationError":{"code":"PET_NOT_FOUND"}}}"#,
        ]
        for body in bodies {
            let client = APIClient(baseURL: petStoreURL, transport: ScriptedTransport(status: 404, body: body))
            do {
                _ = try await client.send(DeletePet())
                XCTFail("a 404 must throw")
            } catch let error as APIResponseError {
                XCTAssertEqual(error.code(for: DeletePet.self), .petNotFound, body)
                XCTAssertEqual(error.code(for: GetPet.self), nil, "another operation's code is never handed out")
            }
        }
    }

    func testErrorCodeTheEnumDoesNotListIsKeptAndANonStringCodeIsNone() async throws {
        let client = APIClient(
            baseURL: petStoreURL, transport: ScriptedTransport(status: 409, body: #"{"code":"PET_SOLD"}"#))
        do {
            _ = try await client.send(DeletePet())
            XCTFail("a 409 must throw")
        } catch let error as APIResponseError {
            XCTAssertEqual(error.code(for: DeletePet.self), .unrecognized("PET_SOLD"))
        }
        let numeric = APIClient(
            baseURL: petStoreURL, transport: ScriptedTransport(status: 404, body: #"{"code":7,"message":"x"}"#))
        do {
            _ = try await numeric.send(GetPet())
            XCTFail("a 404 must throw")
        } catch let error as APIResponseError {
            XCTAssertNil(error.code(for: GetPet.self))
        }
    }

    func testErrorBodyThatIsNotTheDocumentsStillGivesTheError() async throws {
        let client = APIClient(baseURL: petStoreURL, transport: ScriptedTransport(status: 502, body: "<html>"))
        do {
            _ = try await client.send(CreatePet())
            XCTFail("a 502 must throw")
        } catch let error as APIResponseError {
            XCTAssertEqual(error.statusCode, 502)
            XCTAssertNil(error.json)
            XCTAssertNil(error.errorBody)
            XCTAssertEqual(error.rawBody, Data("<html>".utf8))
        }
    }

    func testCustomErrorDecoderMakesTheThrownError() async throws {
        struct PetStoreError: Error, Equatable {
            var status: Int
            var problem: Problem?
        }
        let client = APIClient(
            baseURL: petStoreURL, transport: ScriptedTransport(status: 400, body: #"{"code":1,"message":"bad"}"#),
            errorDecoder: { PetStoreError(status: $0.statusCode, problem: $0.errorBody as? Problem) })
        do {
            _ = try await client.send(GetPet())
            XCTFail("a 400 must throw")
        } catch let error as PetStoreError {
            XCTAssertEqual(error, PetStoreError(status: 400, problem: Problem(code: 1, message: "bad")))
        }
    }

    func testUndecodableSuccessIsATypedError() async throws {
        let client = APIClient(baseURL: petStoreURL, transport: ScriptedTransport(body: #"{"name":3}"#))
        do {
            _ = try await client.send(GetPet())
            XCTFail("a body of the wrong shape must throw")
        } catch APIClientError.undecodableResponse(let status, let body, _) {
            XCTAssertEqual(status, 200)
            XCTAssertEqual(body, Data(#"{"name":3}"#.utf8))
        }
    }
}
