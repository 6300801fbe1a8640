namespace Graph.Neo4j.Internal;

/// <summary>
/// Cypher that removes one article's contribution (not the Article node). Runs inside the caller's transaction,
/// before the new version is written or the article is retracted. The article's Evidence nodes are the index of
/// what it contributed: every fact and statement it wrote has evidence pointing FROM it.
/// </summary>
internal static class ArticleRemoval
{
    // After the facts and entities were derived without the article (Derivation): delete statements (they belong to one article), evidence and mentions, then every entity the article
    //    touched that has no relationship left. Candidates are collected before the deletes in the same query.
    //    Aggregates are never mixed with other expressions in one projection (implicit grouping keys): Neo4j 5 and
    //    Cypher 25 reject that, so the last list is collected alone before the lists are joined.
    private const string DeleteContribution = """
        MATCH (a:Article {id: $articleId})
        OPTIONAL MATCH (a)-[m:MENTIONS]->(me:Entity)
        WITH a, collect(m) AS mentions, collect(DISTINCT me) AS mentioned
        OPTIONAL MATCH (a)<-[:FROM]-(ev:Evidence)
        WITH a, mentions, mentioned, collect(ev) AS evidence
        OPTIONAL MATCH (a)<-[:FROM]-(:Evidence)-[:SUBJECT|OBJECT]->(ee:Entity)
        WITH a, mentions, mentioned, evidence, collect(DISTINCT ee) AS evidenced
        OPTIONAL MATCH (a)<-[:FROM]-(:Evidence)-[:OBJECT]->(st:Statement)
        WITH a, mentions, mentioned, evidence, evidenced, collect(DISTINCT st) AS statements
        OPTIONAL MATCH (a)<-[:FROM]-(:Evidence)-[:OBJECT]->(:Statement)-[:ABOUT]->(ab:Entity)
        WITH mentions, mentioned, evidence, evidenced, statements, collect(DISTINCT ab) AS about
        WITH mentions, evidence, statements, mentioned + evidenced + about AS candidates
        FOREACH (x IN statements | DETACH DELETE x)
        FOREACH (x IN evidence | DETACH DELETE x)
        FOREACH (x IN mentions | DELETE x)
        WITH candidates
        UNWIND candidates AS e
        WITH DISTINCT e
        WHERE NOT (e)--()
        DELETE e
        """;

    private const string DeleteArticle = """
        MATCH (a:Article {id: $articleId})
        DETACH DELETE a
        RETURN count(*) AS deleted
        """;

    /// <summary>Reads the qualifier keys of an article's evidence: the ones its removal can change on its facts.</summary>
    public const string QualifierKeysOfArticle = """
        MATCH (:Article {id: $articleId})<-[:FROM]-(ev:Evidence)
        WHERE ev.fact IS NOT NULL
        UNWIND keys(ev) AS key
        RETURN DISTINCT key
        """;

    /// <summary>Evidence properties that are not qualifiers.</summary>
    public static readonly IReadOnlySet<string> EvidenceProperties =
        new HashSet<string>(StringComparer.Ordinal) { "id", "relation", "sentence", "start", "end", "confidence", "fact" };

    /// <param name="qualifierKeys">The keys <see cref="QualifierKeysOfArticle"/> read.</param>
    /// <param name="labels">Every entity type the graph may hold.</param>
    public static IReadOnlyList<CypherStatement> Contribution(string articleId, IEnumerable<string> qualifierKeys, IReadOnlyCollection<string> labels)
    {
        var parameters = Parameters(articleId);
        return
        [
            Derivation.FactsWithout(articleId, qualifierKeys.Where(k => !EvidenceProperties.Contains(k))),
            Derivation.EntitiesWithout(articleId, labels),
            new CypherStatement(DeleteContribution, parameters),
        ];
    }

    /// <summary>The contribution and the Article node; the last statement returns <c>deleted</c> (0 or 1).</summary>
    public static IReadOnlyList<CypherStatement> Retraction(string articleId, IEnumerable<string> qualifierKeys, IReadOnlyCollection<string> labels) =>
        [.. Contribution(articleId, qualifierKeys, labels), new CypherStatement(DeleteArticle, Parameters(articleId))];

    private static Dictionary<string, object?> Parameters(string articleId) => new(StringComparer.Ordinal) { ["articleId"] = articleId };
}
