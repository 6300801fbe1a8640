using System.Collections.Immutable;

namespace Graph.Core.Graph;

/// <summary>
/// One article mapped to graph shape, ready to write. Labels and relationship types have already been
/// validated against the ontology: a store may splice them into Cypher as identifiers.
/// </summary>
public sealed record GraphBatch(
    ArticleNode Article,
    ImmutableArray<EntityNode> Entities,
    ImmutableArray<MentionEdge> Mentions,
    ImmutableArray<FactEdge> Facts,
    ImmutableArray<StatementNode> Statements,
    ImmutableArray<EvidenceNode> Evidence);

/// <param name="Sha256">Hash of the article file.</param>
/// <param name="Extraction">
/// How the facts were made (extractor version, ontology hash, filters): an article is unchanged only when both
/// its file and the way it was read are, so a better extractor or a new ontology re-reads old articles.
/// </param>
public sealed record ArticleNode(
    string Id,
    string? Title,
    string? Source,
    string? Url,
    string? Published,
    string Language,
    string Sha256,
    string? Extraction = null);

/// <param name="Label">The entity type, used as a second label next to <c>Entity</c>.</param>
public sealed record EntityNode(string Id, string Label, string Name, ImmutableArray<string> Aliases, string? Wikidata)
{
    /// <summary>ISO 3166-1 alpha-2 code, for a country.</summary>
    public string? Iso3166 { get; init; }

    /// <summary>GeoNames id, for a place.</summary>
    public string? GeoNames { get; init; }
}

public sealed record MentionEdge(string EntityId, int Count);

/// <summary>A direct fact relationship between two entities. Its properties hold the qualifiers.</summary>
public sealed record FactEdge(string SubjectId, string Type, string ObjectId, ImmutableSortedDictionary<string, object> Properties);

public sealed record StatementNode(string Id, string SpeakerId, string Text, string Language, ImmutableArray<string> About);

/// <summary>
/// Provenance of one fact: the sentence it was read from. <see cref="ObjectId"/> is an entity id, or, when
/// <see cref="ObjectIsStatement"/> is true, a statement id. <see cref="Qualifiers"/> are what this sentence says of
/// the fact (troops, date, claimedBy…): a fact's own qualifiers are derived from those of its remaining evidence.
/// </summary>
public sealed record EvidenceNode(
    string Id,
    string Relation,
    string SubjectId,
    string ObjectId,
    bool ObjectIsStatement,
    string Sentence,
    int Start,
    int End,
    double Confidence,
    ImmutableSortedDictionary<string, object>? Qualifiers = null);
