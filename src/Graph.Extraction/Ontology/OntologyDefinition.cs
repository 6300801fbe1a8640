using System.Collections.Immutable;

namespace Graph.Extraction.Ontology;

/// <summary>A loaded, validated ontology: everything the extractor knows about the domain.</summary>
public sealed record OntologyDefinition(
    string SourceFile,
    ImmutableArray<string> Languages,
    ImmutableArray<EntityTypeDefinition> EntityTypes,
    ImmutableArray<RelationTypeDefinition> RelationTypes,
    ImmutableArray<KnownEntity> Entities,
    OntologyCues Cues)
{
    private readonly Lazy<ImmutableDictionary<string, KnownEntity>> byId =
        new(() => Entities.ToImmutableDictionary(e => e.Id, StringComparer.Ordinal));

    /// <summary>Which type is which kind of entity the engine has behaviour for; by default, as <c>kinds.yaml</c> names them.</summary>
    public EntityKinds Kinds { get; init; } = EntityKinds.Legacy(EntityTypes.Select(t => t.Name));

    /// <summary>Hash of the ontology text: part of every extraction's version, so a changed ontology re-reads articles.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>Bodies every state has, found by description ("South Korea's foreign ministry").</summary>
    public ImmutableArray<InstitutionDefinition> Institutions { get; init; } = [];

    /// <summary>How a state's accession to an organisation is read as a treaty, if the ontology says.</summary>
    public AccessionDefinition? Accessions { get; init; }

    /// <summary>Hash of the compiled gazetteer when the ontology uses it (part of the extraction version), else null.</summary>
    public string? GazetteerHash { get; init; }

    /// <summary>Romanisation variants that key new people's and organisations' names (none: names as written).</summary>
    public TransliterationDefinition Transliteration { get; init; } = TransliterationDefinition.None;

    /// <summary>The grammar words relation extraction reads: the built-in lists, with those the ontology declares replaced.</summary>
    public GrammarDefinition Grammar { get; init; } = GrammarReader.BuiltIn;

    public KnownEntity? FindEntity(string id) => byId.Value.GetValueOrDefault(id);

    public RelationTypeDefinition? FindRelation(string name) =>
        RelationTypes.FirstOrDefault(r => r.Name == name);

    public bool HasEntityType(string name) => EntityTypes.Any(t => t.Name == name);
}
