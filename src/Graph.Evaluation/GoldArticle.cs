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
    ImmutableArray<GoldRelation> OptionalRelations)
{
    /// <summary>The relation types an annotation campaign covered when a gold file does not say (shared/dev, the seeds).</summary>
    public static readonly ImmutableArray<string> DefaultAnnotatedRelations = ["SIGNED", "RATIFIED", "DEPLOYED", "STATED"];

    /// <summary>
    /// The relation types this gold annotates (<c>annotated_relations</c>): only they are scored. A listed type absent
    /// from <see cref="Relations"/> means the article has no such fact; an extracted fact of an unlisted type is
    /// neither right nor wrong.
    /// </summary>
    public ImmutableArray<string> AnnotatedRelations { get; init; } = DefaultAnnotatedRelations;
}
