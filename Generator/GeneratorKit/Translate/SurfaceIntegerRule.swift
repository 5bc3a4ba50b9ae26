/// The rule for integers at the API surface: a client method's `Int32` argument is an `Int`.
///
/// `Int32` is how the wire bounds a value (proto3's `int32`, OpenAPI's `format: int32`), not a type Swift code
/// holds numbers in: counts, sizes and spans arrive as `Int`, and an `Int32` argument makes every caller write a
/// conversion that traps on overflow. So the method takes an `Int` and converts it with `Int32(clamping:)`, as
/// paged methods' `pageSize` does; a value beyond `Int32`'s range becomes its nearest bound, which a server
/// that documents a narrower range refuses like any other value out of it. The request builder and the models
/// keep the wire's `Int32`: they round-trip what the server sends. `Int64` stays as it is (it does not fit an
/// `Int` on 32-bit watchOS), and so do arrays, which would need a copy to convert.
enum SurfaceIntegerRule {
    /// Retypes every scalar `Int32` argument as `Int` and returns their wire types by argument name.
    static func widen(_ arguments: inout [PropertyDeclaration]) -> [String: TypeUsage] {
        var wireTypes: [String: TypeUsage] = [:]
        for index in arguments.indices where arguments[index].type == .int32 {
            wireTypes[arguments[index].swiftName] = .int32
            arguments[index].type = .int
        }
        return wireTypes
    }
}
