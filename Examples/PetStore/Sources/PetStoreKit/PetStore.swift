import OpenAPIClientKit

/// The whole pet store API over one sender: `store.pets.listPets()`, `store.orders.placeOrder(petID:)`.
///
/// This file is the package's own; everything in `Generated/` comes from `openapi.yaml` through
/// `swift package generate-openapi-code`.
public struct PetStore: Sendable {
    /// The `pets` operations.
    public let pets: PetsClient
    /// The `orders` operations.
    public let orders: OrdersClient

    /// The API over `sender`: an `APIClient`, or a stand-in in tests.
    public init(sender: any APIRequestSender) {
        pets = PetsClient(sender: sender)
        orders = OrdersClient(sender: sender)
    }
}
