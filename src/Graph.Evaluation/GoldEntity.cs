namespace Graph.Evaluation;

/// <summary>An entity the gold expects in one article: an id of the alias table and its type.</summary>
public sealed record GoldEntity(string Id, string Type);
