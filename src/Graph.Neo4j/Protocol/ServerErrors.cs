namespace Graph.Neo4j.Protocol;

/// <summary>Maps a server error to a <see cref="Neo4jException"/>, deciding whether it is worth retrying.</summary>
internal static class ServerErrors
{
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";

    public static Neo4jException ToException(ServerError error, string? user)
    {
        if (error.Code == Unauthorized)
        {
            return UnauthorizedException(user);
        }

        return new Neo4jException(error.Code, $"{error.Code}: {error.Message}", IsTransient(error.Code));
    }

    /// <summary>The server's own classification: <c>Neo.TransientError.*</c> may succeed when tried again.</summary>
    public static bool IsTransient(string code) => code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    // Names the user so the operator knows which account to fix; the password never appears. An empty user (the
    // blank default of appsettings.json) means none was configured.
    public static Neo4jException UnauthorizedException(string? user) => new(
        Unauthorized,
        string.IsNullOrEmpty(user)
            ? "Neo4j requires credentials: set Neo4j:User and Neo4j:Password."
            : $"Neo4j rejected the credentials for user {user}. Check Neo4j:User and Neo4j:Password.",
        isTransient: false);
}
