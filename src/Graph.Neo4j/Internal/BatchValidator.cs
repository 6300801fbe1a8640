using System.Collections;
using Graph.Core.Graph;

namespace Graph.Neo4j.Internal;

/// <summary>
/// Checks a batch against the graph model before anything is sent: identifiers are safe to splice, every
/// referenced entity or statement is in the batch (a MATCH on a missing node would silently drop the row),
/// every fact and statement has evidence, and fact qualifiers are storable property values.
/// </summary>
internal static class BatchValidator
{
    public static void Validate(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var article = batch.Article;
        Require(!string.IsNullOrWhiteSpace(article.Id), "The article has no id.");
        Require(!string.IsNullOrWhiteSpace(article.Sha256), $"Article {article.Id} has no sha256.");

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in batch.Entities)
        {
            CypherIdentifiers.Label(entity.Label);
            Require(!string.IsNullOrWhiteSpace(entity.Id), $"Article {article.Id}: an entity has no id.");
            if (labels.TryGetValue(entity.Id, out var other) && other != entity.Label)
            {
                Fail($"Article {article.Id}: entity {entity.Id} appears with labels {other} and {entity.Label}.");
            }

            labels[entity.Id] = entity.Label;
        }

        var statements = batch.Statements.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in batch.Mentions)
        {
            RequireEntity(labels, mention.EntityId, article.Id, "a mention");
        }

        foreach (var fact in batch.Facts)
        {
            CypherIdentifiers.RelationshipType(fact.Type);
            var what = $"fact {fact.SubjectId} {fact.Type} {fact.ObjectId}";
            RequireEntity(labels, fact.SubjectId, article.Id, what);
            RequireEntity(labels, fact.ObjectId, article.Id, what);
            foreach (var (key, value) in fact.Properties)
            {
                Require(key != "articles", $"Article {article.Id}: {what} has a qualifier named 'articles', which the store owns.");
                Require(IsPropertyValue(value), $"Article {article.Id}: {what} qualifier '{key}' is a {value?.GetType().Name ?? "null"}; use string, long, double, bool or a list of those.");
            }

            Require(
                batch.Evidence.Any(e => !e.ObjectIsStatement && e.SubjectId == fact.SubjectId && e.ObjectId == fact.ObjectId
                    && string.Equals(e.Relation, fact.Type, StringComparison.OrdinalIgnoreCase)),
                $"Article {article.Id}: {what} has no evidence; every fact needs at least one EvidenceNode.");
        }

        foreach (var statement in batch.Statements)
        {
            RequireEntity(labels, statement.SpeakerId, article.Id, $"statement {statement.Id}");
            foreach (var about in statement.About.IsDefault ? [] : statement.About)
            {
                RequireEntity(labels, about, article.Id, $"statement {statement.Id}");
            }

            Require(
                batch.Evidence.Any(e => e.ObjectIsStatement && e.ObjectId == statement.Id),
                $"Article {article.Id}: statement {statement.Id} has no evidence; every statement needs an EvidenceNode.");
        }

        foreach (var evidence in batch.Evidence)
        {
            RequireEntity(labels, evidence.SubjectId, article.Id, $"evidence {evidence.Id}");
            foreach (var (key, value) in evidence.Qualifiers ?? System.Collections.Immutable.ImmutableSortedDictionary<string, object>.Empty)
            {
                CypherIdentifiers.PropertyKey(key);
                Require(!ArticleRemoval.EvidenceProperties.Contains(key) && key != "articles", $"Article {article.Id}: evidence {evidence.Id} has a qualifier named '{key}', which the store owns.");
                Require(IsPropertyValue(value), $"Article {article.Id}: evidence {evidence.Id} qualifier '{key}' is a {value?.GetType().Name ?? "null"}; use string, long, double, bool or a list of those.");
            }

            if (evidence.ObjectIsStatement)
            {
                Require(statements.Contains(evidence.ObjectId), $"Article {article.Id}: evidence {evidence.Id} points to statement {evidence.ObjectId}, which is not in the batch.");
            }
            else
            {
                RequireEntity(labels, evidence.ObjectId, article.Id, $"evidence {evidence.Id}");
            }
        }
    }

    private static bool IsPropertyValue(object? value) => value switch
    {
        string or bool or long or int or short or byte or double or float or decimal => true,
        IDictionary => false,
        IEnumerable list => list.Cast<object?>().All(v => v is string or bool or long or int or short or byte or double or float or decimal),
        _ => false,
    };

    private static void RequireEntity(Dictionary<string, string> labels, string id, string articleId, string what) =>
        Require(labels.ContainsKey(id), $"Article {articleId}: {what} refers to entity {id}, which is not in the batch's entities.");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            Fail(message);
        }
    }

    private static void Fail(string message) => throw new ArgumentException(message);
}
