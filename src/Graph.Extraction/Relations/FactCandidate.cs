using Graph.Core.Extraction;

namespace Graph.Extraction.Relations;

/// <summary>Relation extraction's output for one article: facts kept and candidates rejected.</summary>
internal sealed record RelationResult(IReadOnlyList<Fact> Facts, IReadOnlyList<Rejection> Rejected);
