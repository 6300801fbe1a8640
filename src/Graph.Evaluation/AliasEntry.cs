using System.Collections.Immutable;

namespace Graph.Evaluation;

/// <summary>One id of the gold alias table.</summary>
/// <param name="Aliases">Surface forms with any "(as a government)" note removed.</param>
/// <param name="GovernmentAliases">
/// The subset of <paramref name="Aliases"/> marked "(as a government)": a capital city standing for its state,
/// which should only win for an entity extracted as a Country.
/// </param>
public sealed record AliasEntry(
    string Id,
    string Type,
    string Name,
    string? Wikidata,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> GovernmentAliases);
