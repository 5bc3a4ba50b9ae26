#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Peak resident memory, as the kernel counts it (`getrusage`'s `ru_maxrss`: the high-water mark), in MiB.
public enum PeakMemory {
    /// The most this process has held in memory so far.
    public static var ofThisProcess: Double {
        mebibytes(of: RUSAGE_SELF)
    }

    /// The most any child process that has ended and been waited for held.
    public static var ofEndedChildren: Double {
        mebibytes(of: RUSAGE_CHILDREN)
    }

    #if canImport(Glibc)
        private typealias Who = __rusage_who
    #else
        private typealias Who = Int32
    #endif

    private static func mebibytes(of who: Who) -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(__rusage_who_t(who.rawValue), &usage)
        #else
            getrusage(who, &usage)
        #endif
        #if canImport(Darwin)
            return Double(usage.ru_maxrss) / 1_048_576  // bytes on Darwin
        #else
            return Double(usage.ru_maxrss) / 1_024  // kilobytes on Linux
        #endif
    }
}
