namespace Graph.Extraction.Ontology;

/// <summary>An entity type; its name becomes a Neo4j label next to <c>Entity</c>.</summary>
public sealed record EntityTypeDefinition(string Name, string? Description)
{
    /// <summary>
    /// Per language, head words that make an unknown capitalised name one of this type (<c>heads: {en: [Army, Navy,
    /// Air Force]}</c>: "Prussian Army" is a MilitaryUnit). The name may go on with "of the ..." after its head.
    /// </summary>
    public TermSet Heads { get; init; } = TermSet.Empty;

    /// <summary>
    /// Per language, words right before an unknown capitalised name that make it one of this type (<c>before: {en:
    /// [member of the]}</c>, <c>{fr: [parti]}</c>).
    /// </summary>
    public TermSet Before { get; init; } = TermSet.Empty;

    /// <summary>
    /// Per language, words right after an unknown capitalised name that make it one of this type (<c>after: {en:
    /// ["(born", was killed]}</c> for a person).
    /// </summary>
    public TermSet After { get; init; } = TermSet.Empty;
}
