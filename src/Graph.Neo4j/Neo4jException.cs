namespace Graph.Neo4j;

/// <summary>
/// A failure reported by Neo4j or met on the way to it. <see cref="Code"/> is the server's status code
/// (<c>Neo.ClientError.Statement.SyntaxError</c>) or, for failures seen by the client, one of ours (<c>Graph.Neo4j.*</c>).
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException(string code, string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        IsTransient = isTransient;
    }

    public string Code { get; }

    /// <summary>True when the same request may succeed if tried again (deadlock, unavailable server, timeout).</summary>
    public bool IsTransient { get; }

    /// <summary>How long the server asked the client to wait before trying again (HTTP Retry-After), if it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public override string ToString() => $"{nameof(Neo4jException)} [{Code}, transient={IsTransient}]: {base.ToString()}";
}
