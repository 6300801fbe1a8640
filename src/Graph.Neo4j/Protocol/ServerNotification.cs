namespace Graph.Neo4j.Protocol;

/// <summary>
/// A notification the server attached to a successful result (deprecations, performance hints):
/// <c>{"code","severity","title","description"}</c> under <c>notifications</c>, on both HTTP APIs.
/// </summary>
internal sealed record ServerNotification(string Code, string Severity, string Title, string Description);
