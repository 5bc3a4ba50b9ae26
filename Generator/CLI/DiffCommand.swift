import Foundation
import GeneratorKit

/// `generator diff --old OLD.json --new NEW.json [--format text|markdown|json] [--fail-on-breaking]`:
/// prints what the schema change does to the generated Swift API.
enum DiffCommand {
    struct Options {
        var old: String
        var new: String
        var format = ChangeReport.Format.text
        var failOnBreaking = false
    }

    static func parse(_ arguments: ArraySlice<String>) throws(CommandLineTool.UsageError) -> Options {
        let parsed = try ParsedOptions(
            arguments, valueOptions: ["--old", "--new", "--format"], flagOptions: ["--fail-on-breaking"])
        var options = Options(old: try parsed.required("--old"), new: try parsed.required("--new"))
        if let name = parsed.values["--format"] {
            guard let format = ChangeReport.Format(rawValue: name) else {
                throw CommandLineTool.UsageError(message: "unknown format '\(name)'; use text, markdown or json")
            }
            options.format = format
        }
        options.failOnBreaking = parsed.flags.contains("--fail-on-breaking")
        return options
    }

    static func run(_ options: Options) -> Int32 {
        // Schema warnings (left-out operations) belong to `generate`; here only the API matters.
        let consequence = "the APIs cannot be compared"
        guard let old = CommandLineTool.translate(schemaAt: options.old, consequence: consequence),
            let new = CommandLineTool.translate(schemaAt: options.new, consequence: consequence)
        else { return 1 }
        let changes = APIDiff.compare(old: old.model, new: new.model)
        print(ChangeReport.render(changes, format: options.format), terminator: "")
        let breaking = changes.contains { $0.classification == .breaking }
        return options.failOnBreaking && breaking ? 1 : 0
    }

    /// `; 1 breaking, 2 additive API changes` for `generate --baseline`, with behavioural changes
    /// counted when there are any.
    static func summarySuffix(baseline: String, current: SwiftModel) -> String {
        guard let old = CommandLineTool.translate(schemaAt: baseline, quiet: true) else {
            CommandLineTool.printError(
                "warning: \(PrintableText.escaping(baseline)): the baseline schema cannot be read or has errors; API changes not counted"
            )
            return ""
        }
        let counts = ChangeReport.counts(APIDiff.compare(old: old.model, new: current))
        var parts = ["\(counts[.breaking] ?? 0) breaking", "\(counts[.additive] ?? 0) additive"]
        if let behavioural = counts[.behavioural], behavioural > 0 { parts.append("\(behavioural) behavioural") }
        return "; " + parts.joined(separator: ", ") + " API changes"
    }
}
