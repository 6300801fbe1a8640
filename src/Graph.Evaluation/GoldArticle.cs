using System.Collections.Immutable;

namespace Graph.Evaluation;

/// <summary>
/// The gold annotation of one article. Optional entities and relations are neither required for recall nor
/// counted as false positives when produced.
/// </summary>
/// <param name="Article">The article file name (e.g. d01.txt), matched against <c>Article.FileName</c>.</param>
public sealed record GoldArticle(
    string Article,
    string Language,
    ImmutableArray<GoldEntity> Entities,
    ImmutableArray<GoldRelation> Relations,
    ImmutableArray<GoldEntity> OptionalEntities,
    ImmutableArray<GoldRelation> OptionalRelations);
