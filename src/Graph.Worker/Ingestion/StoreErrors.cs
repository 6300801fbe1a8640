using System.Net.Sockets;
using Graph.Neo4j;

namespace Graph.Worker.Ingestion;

/// <summary>Sorts a graph-store exception into what the caller should do with it.</summary>
internal static class StoreErrors
{
    public static StoreErrorKind Classify(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Neo4jException neo4j:
                    return Classify(neo4j);
                case HttpRequestException or SocketException or TimeoutException:
                    return StoreErrorKind.Unreachable;
                case TaskCanceledException:
                    // HttpClient reports its own timeout this way; callers filter out their own cancellations first.
                    return StoreErrorKind.Unreachable;
            }
        }

        return StoreErrorKind.Permanent;
    }

    public static bool IsRetryable(Exception error) => Classify(error) is not StoreErrorKind.Permanent;

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

    // The adapter decided the kind where it read the answer; nothing is parsed again here. Refused credentials count
    // as unreachable: the worker keeps its files until an operator fixes them, the CLI stops with one message.
    private static StoreErrorKind Classify(Neo4jException error) => error.Kind switch
    {
        Neo4jErrorKind.Unreachable or Neo4jErrorKind.Unauthorized => StoreErrorKind.Unreachable,
        Neo4jErrorKind.Transient => StoreErrorKind.Transient,
        _ => StoreErrorKind.Permanent,
    };
}
