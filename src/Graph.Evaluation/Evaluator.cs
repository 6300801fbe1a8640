using System.Collections.Immutable;
using Graph.Core.Extraction;

namespace Graph.Evaluation;

/// <summary>
/// Compares extractions with the gold: entities as sets of gold ids per article, relations as (subject, relation,
/// object) triples after mapping extracted ids to gold ids. Scores are micro-averaged per language and overall, and
/// per relation type. Only the types an article's gold annotates are scored (<see cref="GoldArticle.AnnotatedRelations"/>);
/// a symmetric type's facts are compared unordered.
/// </summary>
public static class Evaluator
{
    private const string Stated = "STATED";

    /// <summary>
    /// Gold articles without an extraction are scored as all-missed (and listed in
    /// <see cref="EvaluationReport.MissingArticles"/>); extractions without gold are listed in
    /// <see cref="EvaluationReport.UngradedArticles"/> and not scored.
    /// </summary>
    /// <param name="symmetricRelations">Relation types whose arguments are unordered (the ontology's <c>symmetric: true</c>).</param>
    /// <param name="goldTypeOf">
    /// The gold's name for an extracted entity type (an ontology may name its types its own way; the gold names them
    /// by their kinds); by default the type's own name.
    /// </param>
    public static EvaluationReport Evaluate(GoldSet gold, AliasTable aliases, IReadOnlyList<ArticleExtraction> extracted,
        IReadOnlySet<string>? symmetricRelations = null, Func<string, string>? goldTypeOf = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(extracted);

        var byFile = new Dictionary<string, ArticleExtraction>(StringComparer.Ordinal);
        foreach (var extraction in extracted)
        {
            byFile.TryAdd(extraction.Article.FileName, extraction);
        }

        var symmetric = symmetricRelations ?? new HashSet<string>(StringComparer.Ordinal);
        var articles = ImmutableArray.CreateBuilder<ArticleEvaluation>();
        var missing = ImmutableArray.CreateBuilder<string>();
        foreach (var goldArticle in gold.Articles)
        {
            if (!byFile.TryGetValue(goldArticle.Article, out var extraction))
            {
                missing.Add(goldArticle.Article);
            }

            articles.Add(EvaluateArticle(goldArticle, aliases, extraction, symmetric, goldTypeOf ?? (type => type)));
        }

        var graded = gold.Articles.Select(a => a.Article).ToHashSet(StringComparer.Ordinal);
        var ungraded = extracted.Select(e => e.Article.FileName).Where(f => !graded.Contains(f)).Distinct().Order(StringComparer.Ordinal);
        var evaluations = articles.ToImmutable();
        var languages = evaluations
            .GroupBy(a => a.Language, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarise(g.Key, g))
            .ToImmutableArray();
        return new EvaluationReport(evaluations, languages, Summarise("all", evaluations), missing.ToImmutable(), [.. ungraded]);
    }

    private static ArticleEvaluation EvaluateArticle(GoldArticle gold, AliasTable aliases, ArticleExtraction? extraction, IReadOnlySet<string> symmetric,
        Func<string, string> goldTypeOf)
    {
        // Only the relation types the gold annotates are scored: an ontology may declare more than an annotation
        // campaign covered, and those facts are neither right nor wrong against this gold.
        var scoredTypes = gold.AnnotatedRelations.ToHashSet(StringComparer.Ordinal);
        var entities = extraction?.Entities is { IsDefault: false } list ? list : [];
        var relations = (extraction?.Relations is { IsDefault: false } facts ? facts : []).Where(f => scoredTypes.Contains(f.Type.ToUpperInvariant()));

        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            mapping.TryAdd(entity.Id, EntityMapper.Map(entity, aliases, gold, goldTypeOf(entity.Type)) ?? entity.Id);
        }

        var predicted = mapping.Values.ToHashSet(StringComparer.Ordinal);
        var required = gold.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var optional = gold.OptionalEntities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var entityFalsePositives = predicted.Where(id => !required.Contains(id) && !optional.Contains(id)).Order(StringComparer.Ordinal).ToImmutableArray();
        var entityFalseNegatives = required.Where(id => !predicted.Contains(id)).Order(StringComparer.Ordinal).ToImmutableArray();
        var entityScore = new Score(predicted.Count(required.Contains), entityFalsePositives.Length, entityFalseNegatives.Length);

        var triples = relations
            .Select(f => RelationMatcher.Canonical(Triple(f, mapping), symmetric))
            .Distinct()
            .OrderBy(t => t.ToString(), StringComparer.Ordinal)
            .ToList();
        var (relationScore, truePositives, relationFalsePositives, relationFalseNegatives) = RelationMatcher.Match(triples, gold, scoredTypes, symmetric);
        var byType = ImmutableSortedDictionary.CreateBuilder<string, Score>(StringComparer.Ordinal);
        foreach (var type in scoredTypes)
        {
            byType[type] = new Score(
                truePositives.Count(t => t.Relation == type),
                relationFalsePositives.Count(t => t.Relation == type),
                relationFalseNegatives.Count(t => t.Relation == type));
        }

        return new ArticleEvaluation(
            gold.Article,
            gold.Language,
            entityScore,
            relationScore,
            entityFalsePositives,
            entityFalseNegatives,
            relationFalsePositives,
            relationFalseNegatives,
            TypeMismatches(entities, mapping, gold, goldTypeOf))
        {
            RelationsByType = byType.ToImmutable(),
        };
    }

    private static RelationTriple Triple(Fact fact, Dictionary<string, string> mapping)
    {
        var relation = fact.Type.ToUpperInvariant();
        var subject = mapping.GetValueOrDefault(fact.Subject, fact.Subject);

        // STATED has no object: whatever the extractor put there, the gold compares (s, STATED).
        var obj = relation == Stated || fact.Object is null ? null : mapping.GetValueOrDefault(fact.Object, fact.Object);
        return new RelationTriple(subject, relation, obj);
    }

    private static ImmutableArray<TypeMismatch> TypeMismatches(
        ImmutableArray<ExtractedEntity> entities, Dictionary<string, string> mapping, GoldArticle gold, Func<string, string> goldTypeOf)
    {
        var goldTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in gold.Entities.Concat(gold.OptionalEntities))
        {
            goldTypes.TryAdd(entity.Id, entity.Type);
        }

        return
        [
            .. entities
                .Select(e => (GoldId: mapping[e.Id], e.Type))
                .Where(e => goldTypes.TryGetValue(e.GoldId, out var type) && !string.Equals(type, goldTypeOf(e.Type), StringComparison.OrdinalIgnoreCase))
                .Select(e => new TypeMismatch(e.GoldId, goldTypes[e.GoldId], e.Type))
                .Distinct()
                .OrderBy(m => m.GoldId, StringComparer.Ordinal),
        ];
    }

    private static ScoreSummary Summarise(string scope, IEnumerable<ArticleEvaluation> articles)
    {
        var list = articles.ToList();
        var byType = ImmutableSortedDictionary.CreateBuilder<string, Score>(StringComparer.Ordinal);
        foreach (var (type, score) in list.SelectMany(a => a.RelationsByType))
        {
            byType[type] = byType.TryGetValue(type, out var sum) ? sum.Add(score) : score;
        }
        return new ScoreSummary(
            scope,
            list.Count,
            list.Aggregate(Score.Zero, (sum, a) => sum.Add(a.Entities)),
            list.Aggregate(Score.Zero, (sum, a) => sum.Add(a.Relations)),
            list.Sum(a => a.TypeMismatches.Length))
        {
            RelationsByType = byType.ToImmutable(),
        };
    }
}
