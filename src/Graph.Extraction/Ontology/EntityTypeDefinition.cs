namespace Graph.Extraction.Ontology;

/// <summary>An entity type; its name becomes a Neo4j label next to <c>Entity</c>.</summary>
public sealed record EntityTypeDefinition(string Name, string? Description);
