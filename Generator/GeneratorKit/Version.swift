/// The generator's version, printed by `generator --version`.
public enum GeneratorVersion {
    public static let current = "0.1.0"
}
