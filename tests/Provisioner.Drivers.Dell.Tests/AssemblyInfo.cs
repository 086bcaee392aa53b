// Every test class starts its own lab (Kestrel with a TLS listener per device). Run in parallel on a 2-core
// machine, the first TLS handshakes of four labs together outlast the conformance suite's 1 s request timeout,
// so classes run one after the other here; the whole project takes seconds either way.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
