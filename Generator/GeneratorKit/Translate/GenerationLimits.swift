/// Bounds on how much code one document may turn into.
///
/// A valid document can ask for output that grows faster than itself: a chain of n schemas, each `allOf` its
/// successor plus one property, flattens into n structs of up to n properties, n²/2 in all. At n = 4,000 that
/// was 672 MB of Swift after eight minutes. Real APIs stay far below the bound (Stripe's 4 MB description
/// declares about 11,700 properties), so reaching it means the document multiplies itself.
enum GenerationLimits {
    /// Stored properties the generated types may declare in all, flattened `allOf` members counted each time.
    static let maximumProperties = 200_000
}
