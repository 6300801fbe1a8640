namespace Graph.Core.Extraction;

/// <summary>A candidate fact the ontology (or a quality rule) dropped, with the reason, for the report.</summary>
public sealed record Rejection(string Reason, string Sentence, string? Relation = null, string? Subject = null, string? Object = null);
