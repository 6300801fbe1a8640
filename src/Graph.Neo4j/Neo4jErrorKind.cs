namespace Graph.Neo4j;

/// <summary>
/// What a failure means for the caller, decided where the response or the connection failure is read, so nothing
/// downstream classifies errors again from their codes or messages.
/// </summary>
public enum Neo4jErrorKind
{
    /// <summary>The server says the same request may succeed if tried again (deadlock, leader switch, rate limit).</summary>
    Transient,

    /// <summary>The server could not be reached or did not answer (refused, reset, timeout, TLS, a proxy's 5xx).</summary>
    Unreachable,

    /// <summary>The credentials were refused or are missing.</summary>
    Unauthorized,

    /// <summary>The server refused the request itself (syntax, constraint, unknown database): the same request fails again.</summary>
    Refused,

    /// <summary>The server failed while running the request (<c>Neo.DatabaseError.*</c>).</summary>
    Database,

    /// <summary>The answer was not what the API documents, or the server cannot do what is asked (version, endpoint).</summary>
    Protocol,
}
