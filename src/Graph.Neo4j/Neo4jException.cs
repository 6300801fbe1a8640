namespace Graph.Neo4j;

/// <summary>
/// A failure reported by Neo4j or met on the way to it. <see cref="Code"/> is the server's status code
/// (<c>Neo.ClientError.Statement.SyntaxError</c>) or, for failures seen by the client, one of ours (<c>Graph.Neo4j.*</c>).
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException(string code, string message, Neo4jErrorKind kind, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Kind = kind;
        IsTransient = isTransient;
    }

    /// <summary>A failure whose kind alone says whether it is worth retrying (transient and unreachable ones are).</summary>
    public Neo4jException(string code, string message, Neo4jErrorKind kind, Exception? innerException = null)
        : this(code, message, kind, kind is Neo4jErrorKind.Transient or Neo4jErrorKind.Unreachable, innerException)
    {
    }

    public string Code { get; }

    /// <summary>What the failure means for the caller; set where it was decoded.</summary>
    public Neo4jErrorKind Kind { get; }

    /// <summary>True when the same request may succeed if tried again (deadlock, unavailable server, timeout).</summary>
    public bool IsTransient { get; }

    /// <summary>How long the server asked the client to wait before trying again (HTTP Retry-After), if it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public override string ToString() => $"{nameof(Neo4jException)} [{Code}, {Kind}, transient={IsTransient}]: {base.ToString()}";
}
