import Testing

@testable import BrobyggerCommandLine

@Suite("the tool's heap growth")
struct ProcessHeapTests {
    @Test("the pad is set through glibc's mallopt, and left alone where the user sets it in GLIBC_TUNABLES")
    func pad() {
        #expect(ProcessHeap.topPad == 64 << 20)
        #expect(
            !ProcessHeap.reserveGrowth(environment: [
                "GLIBC_TUNABLES": "glibc.malloc.arena_max=2:glibc.malloc.top_pad=0"
            ]))
        #if os(Linux) && canImport(Glibc)
            // `mallopt` answers 1 only for an option it knows and a value it accepts.
            #expect(ProcessHeap.reserveGrowth(environment: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2"]))
            #expect(ProcessHeap.reserveGrowth(environment: [:]))
        #else
            #expect(!ProcessHeap.reserveGrowth(environment: [:]))
        #endif
    }
}
