using System.Net;
using System.Text.Json;

namespace Graph.Neo4j.Protocol;

/// <summary>Maps a server error to a <see cref="Neo4jException"/>, deciding whether it is worth retrying.</summary>
internal static class ServerErrors
{
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";

    public static Neo4jException ToException(ServerError error, string? user)
    {
        if (error.Code == Unauthorized)
        {
            return UnauthorizedException(user);
        }

        if (error.Code == DatabaseNotFound)
        {
            return new Neo4jException(error.Code, $"{error.Code}: {error.Message} Set Neo4j:Database (or NEO4J_DATABASE) to a database of this server.", Neo4jErrorKind.Refused);
        }

        return new Neo4jException(error.Code, $"{error.Code}: {error.Message}", KindOf(error.Code));
    }

    /// <summary>
    /// The server's own classification, the second part of <c>Neo.&lt;Classification&gt;.&lt;Category&gt;.&lt;Title&gt;</c>:
    /// <c>TransientError</c> may succeed when tried again, <c>ClientError</c> never will, <c>DatabaseError</c> is the
    /// server's failure. A commit that failed (3.x reports a lock wait at commit this way) is worth running again:
    /// writes are idempotent.
    /// </summary>
    public static Neo4jErrorKind KindOf(string code) => code switch
    {
        "Neo.DatabaseError.Transaction.TransactionCommitFailed" => Neo4jErrorKind.Transient,
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => Neo4jErrorKind.Transient,
        _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => Neo4jErrorKind.Unauthorized,
        _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => Neo4jErrorKind.Database,
        _ => Neo4jErrorKind.Refused,
    };

    // Names the user so the operator knows which account to fix; the password never appears. An empty user (the
    // blank default of appsettings.json) means none was configured.
    public static Neo4jException UnauthorizedException(string? user) => new(
        Unauthorized,
        string.IsNullOrEmpty(user)
            ? "Neo4j requires credentials: set Neo4j:User and Neo4j:Password."
            : $"Neo4j rejected the credentials for user {user}. Check Neo4j:User and Neo4j:Password.",
        Neo4jErrorKind.Unauthorized);

    /// <summary>
    /// Throws for an answer outside 2xx. The Query API reports client and transient errors with 400, database errors
    /// with 500 and an unknown database with 404, each with an <c>errors</c> body: the server's own code decides
    /// whether it is transient. A body without errors (a proxy's page, a wrong path) gives the status alone.
    /// </summary>
    public static void ThrowIfFailed(HttpMethod method, Uri uri, HttpStatusCode status, string body, string? user)
    {
        var code = (int)status;
        if (code is >= 200 and < 300)
        {
            return;
        }

        if (TryReadFirstError(body) is { } error)
        {
            throw ToException(error, user);
        }

        throw new Neo4jException(
            $"Graph.Neo4j.Http{code}",
            $"Neo4j answered {method} {uri.AbsolutePath} with HTTP {code}: {Truncate(body)}",
            code >= 500 || status == HttpStatusCode.RequestTimeout ? Neo4jErrorKind.Unreachable : Neo4jErrorKind.Protocol);
    }

    /// <summary>The first error of an <c>errors</c> body, or null when the body is not one.</summary>
    public static ServerError? TryReadFirstError(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var errors = JsonValues.ReadErrors(document.RootElement);
            return errors.Count > 0 ? errors[0] : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Truncate(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
