namespace Graph.Extraction.Resolution;

/// <summary>What resolution knows of an entity: its canonical name and whether the ontology knows it.</summary>
internal sealed record ResolvedEntity(string Id, string Name, string Type, string? Wikidata, bool Known);
