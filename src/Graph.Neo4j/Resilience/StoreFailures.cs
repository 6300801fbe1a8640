using System.Net.Sockets;

namespace Graph.Neo4j.Resilience;

/// <summary>
/// What a failed store call means, read from the kind the adapter gave the error where it decoded the answer
/// (<see cref="Neo4jException.Kind"/>); nothing is parsed again from codes or messages. The one classification used
/// by the retry policy and by the callers that report errors.
/// </summary>
public static class StoreFailures
{
    /// <summary>The kind of the first store error in <paramref name="error"/>'s chain; null for anything else (a bug).</summary>
    public static Neo4jErrorKind? KindOf(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Neo4jException neo4j:
                    return neo4j.Kind;
                case HttpRequestException or SocketException or TimeoutException or TaskCanceledException:
                    // Only stores other than the adapter (which wraps these) let them through; HttpClient reports
                    // its own timeout as TaskCanceledException, callers filter out their own cancellations first.
                    return Neo4jErrorKind.Unreachable;
            }
        }

        return null;
    }

    /// <summary>Whether the same call may succeed later: asked to retry, or no usable server.</summary>
    public static bool IsRetryable(Exception error, bool waitForOperator)
    {
        if (error is OperationCanceledException and not TaskCanceledException)
        {
            return false;
        }

        if (error is Neo4jException { IsTransient: true })
        {
            return true;
        }

        return KindOf(error) switch
        {
            Neo4jErrorKind.Transient => true,
            Neo4jErrorKind.Unreachable or Neo4jErrorKind.Unauthorized => waitForOperator,
            _ => false,
        };
    }
}
