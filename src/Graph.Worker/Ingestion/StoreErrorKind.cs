namespace Graph.Worker.Ingestion;

internal enum StoreErrorKind
{
    /// <summary>The article itself was refused: retrying will not help, the file is failed.</summary>
    Permanent,

    /// <summary>The server answered but asked to try again (deadlock, lock timeout, busy).</summary>
    Transient,

    /// <summary>No usable server: connection refused, timeout, authentication refused.</summary>
    Unreachable,
}
