/// A subcommand's options: `--name value` pairs and bare `--flag`s, each from a fixed set.
struct ParsedOptions {
    var values: [String: String] = [:]
    var flags: Set<String> = []

    init(_ arguments: ArraySlice<String>, valueOptions: Set<String>, flagOptions: Set<String>)
        throws(CommandLineTool.UsageError)
    {
        var rest = arguments
        while let argument = rest.popFirst() {
            if valueOptions.contains(argument) {
                guard let value = rest.popFirst(), !value.hasPrefix("--") else {
                    throw CommandLineTool.UsageError(message: "\(argument) needs a value")
                }
                values[argument] = value
            } else if flagOptions.contains(argument) {
                flags.insert(argument)
            } else {
                throw CommandLineTool.UsageError(message: "unknown option '\(argument)'")
            }
        }
    }

    /// The value of an option that must be given.
    func required(_ option: String) throws(CommandLineTool.UsageError) -> String {
        guard let value = values[option] else { throw CommandLineTool.UsageError(message: "missing \(option)") }
        return value
    }
}
