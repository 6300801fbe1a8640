namespace Graph.Extraction.Ontology;

/// <summary>An entity type; its name becomes a Neo4j label next to <c>Entity</c>.</summary>
public sealed record EntityTypeDefinition(string Name, string? Description)
{
    /// <summary>
    /// What the engine does with names of this type (<c>kind: person</c>); <see cref="EntityKind.None"/>: nothing but label them.
    /// </summary>
    public EntityKind Kind { get; init; }

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

    /// <summary>
    /// Per language, class nouns that type an unknown name described by them after a copula or an apposition (the
    /// cue set <c>description_links</c>): with <c>described_as: {en: [machine gun]}</c>, "the Karsk M7 is a heavy
    /// machine gun" makes "Karsk M7" one of this type. The noun must end the description.
    /// </summary>
    public TermSet DescribedAs { get; init; } = TermSet.Empty;

    /// <summary>
    /// Whether an unknown lone name listed right next to a name of this type is one too (<c>listed_with: true</c>):
    /// "l'agence TASS, RT, Sputnik": RT and Sputnik are organisations like TASS. A lone name is otherwise kept only
    /// when it completes a person's name.
    /// </summary>
    public bool ListedWith { get; init; }
}
