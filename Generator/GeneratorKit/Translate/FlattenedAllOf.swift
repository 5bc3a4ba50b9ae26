/// The properties and required names of one `allOf`, its parts merged in order: a name keeps the
/// place where it first appears and the schema of the last part that lists it; required names keep
/// the order in which they first appear.
struct FlattenedAllOf {
    private(set) var properties: [(name: String, schema: Schema)] = []
    private(set) var required: [String] = []
    private var propertyPositions: [String: Int] = [:]
    private var requiredNames: Set<String> = []

    mutating func add(_ name: String, _ schema: Schema) {
        if let position = propertyPositions[name] {
            properties[position].schema = schema
        } else {
            propertyPositions[name] = properties.count
            properties.append((name, schema))
        }
    }

    mutating func require(_ name: String) {
        if requiredNames.insert(name).inserted { required.append(name) }
    }

    /// Merging a flattened part is the same as merging each of its own parts in turn.
    mutating func merge(_ part: FlattenedAllOf) {
        for (name, schema) in part.properties { add(name, schema) }
        for name in part.required { require(name) }
    }
}
