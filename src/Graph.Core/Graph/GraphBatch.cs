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

public sealed record ArticleNode(
    string Id,
    string? Title,
    string? Source,
    string? Url,
    string? Published,
    string Language,
    string Sha256);

/// <param name="Label">The entity type, used as a second label next to <c>Entity</c>.</param>
public sealed record EntityNode(string Id, string Label, string Name, ImmutableArray<string> Aliases, string? Wikidata);

public sealed record MentionEdge(string EntityId, int Count);

/// <summary>A direct fact relationship between two entities. Its properties hold the qualifiers.</summary>
public sealed record FactEdge(string SubjectId, string Type, string ObjectId, ImmutableSortedDictionary<string, object> Properties);

public sealed record StatementNode(string Id, string SpeakerId, string Text, string Language, ImmutableArray<string> About);

/// <summary>
/// Provenance of one fact: the sentence it was read from. <see cref="ObjectId"/> is an entity id, or, when
/// <see cref="ObjectIsStatement"/> is true, a statement id.
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
    double Confidence);
