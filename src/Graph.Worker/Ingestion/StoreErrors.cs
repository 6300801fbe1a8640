using Graph.Neo4j;
using Graph.Neo4j.Resilience;

namespace Graph.Worker.Ingestion;

/// <summary>Sorts a graph-store exception into what the caller should do with it, from the kind the adapter set.</summary>
internal static class StoreErrors
{
    // Refused credentials count as unreachable: the worker keeps its files until an operator fixes them, the CLI
    // stops with one message.
    public static StoreErrorKind Classify(Exception error) => StoreFailures.KindOf(error) switch
    {
        Neo4jErrorKind.Unreachable or Neo4jErrorKind.Unauthorized => StoreErrorKind.Unreachable,
        Neo4jErrorKind.Transient => StoreErrorKind.Transient,
        _ => StoreErrorKind.Permanent,
    };
}
