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

    /// <summary>The exception's message followed by those of its causes, for one-line reports.</summary>
    public static string Describe(Exception error)
    {
        var message = error.Message;
        for (var e = error.InnerException; e is not null; e = e.InnerException)
        {
            if (!string.IsNullOrWhiteSpace(e.Message) && !message.Contains(e.Message, StringComparison.Ordinal))
            {
                message = $"{message} ({e.Message})";
            }
        }

        return message;
    }
}
