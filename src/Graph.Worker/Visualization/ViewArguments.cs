namespace Graph.Worker.Visualization;

/// <summary>What <c>graph view</c> draws.</summary>
/// <param name="Entity">Name, id or alias of the entity to centre on; null draws the whole graph.</param>
/// <param name="Depth">Hops around <paramref name="Entity"/> (a statement counts as a hop between speaker and topic).</param>
/// <param name="Relations">Relationship types to keep (SIGNED, STATED…); empty keeps all.</param>
/// <param name="From">Keeps facts whose date (or, lacking one, whose articles' date) overlaps [From, To].</param>
internal sealed record ViewArguments(
    string OutputPath,
    string? Entity,
    int Depth,
    IReadOnlyList<string> Relations,
    DatePeriod? From,
    DatePeriod? To,
    string? FromText,
    string? ToText)
{
    public const int DefaultDepth = 2;

    public const int MaxDepth = 6;
}
