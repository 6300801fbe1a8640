// The process-level tests (workers killed, servers stopped) share two cores with a JVM or three: one test at a
// time keeps their timings honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
