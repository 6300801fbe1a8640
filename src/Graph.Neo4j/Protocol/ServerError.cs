namespace Graph.Neo4j.Protocol;

/// <summary>One entry of the <c>errors</c> array both HTTP APIs return: <c>{"code": "...", "message": "..."}</c>.</summary>
internal sealed record ServerError(string Code, string Message);
