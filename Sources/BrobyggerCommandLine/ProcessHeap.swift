#if canImport(Glibc)
    import Glibc
#endif

/// How the tool's process asks the C library's allocator to grow its heaps.
///
/// A command over the national year builds a working set of a few hundred megabytes on every core. glibc's `malloc`
/// makes a thread's heap writable 128 KiB at a time by default (`M_TOP_PAD`), one `mprotect` call each, and each call
/// takes the process's memory-map lock, which a page fault on the other core also needs: `brobygger compliance` made
/// about 23,000 such calls. With a pad of a heap's whole size (64 MiB), a heap is made writable once; memory is still
/// committed only when a page is first written, so the resident size does not grow.
///
/// This is the process's choice, not the library's: a service embedding the library sets it the same way, in its own
/// `main` or with `GLIBC_TUNABLES=glibc.malloc.top_pad=67108864` in its environment.
package enum ProcessHeap {
    /// The pad in bytes: the size of one of glibc's thread heaps (`HEAP_MAX_SIZE` on 64-bit systems).
    package static let topPad: Int32 = 64 << 20

    /// Sets glibc's `M_TOP_PAD` to ``topPad`` through `mallopt`, which is looked up at run time (Swift's Glibc module
    /// does not declare it). The user's own setting wins: nothing is changed when `GLIBC_TUNABLES` names
    /// `glibc.malloc.top_pad`.
    ///
    /// - Parameter environment: The process's environment variables.
    /// - Returns: Whether the pad was set: `false` where the user set it, on a C library without `mallopt`, and on
    ///   systems other than Linux.
    @discardableResult
    package static func reserveGrowth(environment: [String: String]) -> Bool {
        #if os(Linux) && canImport(Glibc)
            if environment["GLIBC_TUNABLES"]?.contains("glibc.malloc.top_pad") == true { return false }
            // `RTLD_DEFAULT` (a null handle): the C library the process has loaded.
            guard let symbol = dlsym(nil, "mallopt") else { return false }
            typealias SetOption = @convention(c) (Int32, Int32) -> Int32
            // `M_TOP_PAD` is -2 in glibc's <malloc.h>; `mallopt` returns 1 on success.
            return unsafeBitCast(symbol, to: SetOption.self)(-2, topPad) == 1
        #else
            return false
        #endif
    }
}
