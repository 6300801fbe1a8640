namespace Graph.Evaluation;

/// <summary>A gold id a name key points to, and how: through the canonical name, an alias, or a capital-as-government alias.</summary>
internal readonly record struct AliasMatch(string Id, bool Canonical, bool Government);
