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

    private static StoreErrorKind Classify(Neo4jException error)
    {
        // Server codes read Neo.<Classification>.<Category>.<Title>; ours (Graph.Neo4j.*) are failures on the way.
        if (error.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            return StoreErrorKind.Unreachable;
        }

        if (!error.Code.StartsWith("Neo.", StringComparison.Ordinal))
        {
            return error.IsTransient || error.InnerException is HttpRequestException or SocketException or TimeoutException
                ? StoreErrorKind.Unreachable
                : StoreErrorKind.Permanent;
        }

        return error.IsTransient ? StoreErrorKind.Transient : StoreErrorKind.Permanent;
    }
}
