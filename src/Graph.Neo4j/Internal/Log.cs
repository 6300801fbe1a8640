using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Internal;

/// <summary>Source-generated log messages of the Neo4j adapter. Credentials are never among the fields.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Connected to Neo4j {Version} at {Endpoint} using the {EndpointKind} API")]
    public static partial void Discovered(ILogger logger, string version, Uri endpoint, Neo4jEndpointKind endpointKind);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "Database error ({Kind}) on attempt {Attempt}; retrying in {DelayMs} ms: {Code}: {Reason}")]
    public static partial void Retrying(ILogger logger, Neo4jErrorKind? kind, int attempt, long delayMs, string code, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information,
        Message = "Article {ArticleId}: {Outcome} ({Entities} entities, {Facts} facts, {Evidence} evidence)")]
    public static partial void ArticleWritten(ILogger logger, string articleId, Graph.Core.Graph.WriteOutcome outcome, int entities, int facts, int evidence);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Article {ArticleId} retracted: {Existed}")]
    public static partial void ArticleRetracted(ILogger logger, string articleId, bool existed);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Schema ensured on Neo4j {Version}: {Count} constraints")]
    public static partial void SchemaEnsured(ILogger logger, string version, int count);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning,
        Message = "Article {ArticleId} was changed by another writer during attempt {Attempt} ({Code}); reading it again")]
    public static partial void ConcurrentWrite(ILogger logger, string articleId, int attempt, string code);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning,
        Message = "Neo4j notification ({Severity}) {Code}: {Title} {Description}")]
    public static partial void ServerNotification(ILogger logger, string severity, string code, string title, string description);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "{Note}")]
    public static partial void AddressNote(ILogger logger, string note);
}
