using System.Text;

namespace Graph.Neo4j.Internal;

/// <summary>
/// Cypher that derives every stored summary from the evidence and mentions that remain, so the graph is the same
/// whatever the order of writes and retractions (retracting an article leaves exactly what ingesting the others
/// would). Runs inside the caller's transaction, after evidence and mentions were written, or before the removed
/// article's are deleted, with that article excluded (<c>$excluded</c>).
/// <list type="bullet">
/// <item>A fact's <c>articles</c>: the sorted ids of the articles of its evidence; no evidence left, no fact.</item>
/// <item>A fact's qualifiers, from its evidence ordered by confidence (then article id, then offset):
/// <c>date</c>, the earliest; <c>claimedBy</c>, every claimant once (one id, or a list when several); any other,
/// the value of the most confident evidence that gives one.</item>
/// <item>An entity's name and type, those most of its articles give (ties: the smallest); its aliases, the sorted
/// union of every article's; its Wikidata id, ISO 3166 code and GeoNames id, each the smallest given.</item>
/// </list>
/// Only qualifier keys an added or removed evidence carries can change, so those are the ones recomputed.
/// </summary>
internal static class Derivation
{
    /// <summary>Separates subject, type and object in an evidence's <c>fact</c> key (ids never contain it).</summary>
    public const char FactKeySeparator = '\u001f';

    // Facts of the batch, one row each: {subjectId, type, objectId, fact}.
    private const string FactsOfRows = """
        UNWIND $rows AS row
        MATCH (s:Entity {id: row.subjectId})-[r]->(o:Entity {id: row.objectId})
        WHERE type(r) = row.type
        WITH r, row.fact AS fact
        """;

    // Facts the article supports, found through its evidence; subjects locked as writers lock them.
    private const string FactsOfArticle = """
        MATCH (:Article {id: $articleId})<-[:FROM]-(x:Evidence)-[:SUBJECT]->(s:Entity)
        WHERE x.fact IS NOT NULL
        MATCH (x)-[:OBJECT]->(o:Entity)
        WITH DISTINCT s, o, x.relation AS relation, x.fact AS fact
        SET s._lock = true
        REMOVE s._lock
        WITH s, o, relation, fact
        MATCH (s)-[r]->(o)
        WHERE type(r) = relation
        WITH r, fact
        """;

    private const string DeriveFact = """
        OPTIONAL MATCH (ev:Evidence {fact: fact})-[:FROM]->(a:Article)
        WHERE NOT a.id IN $excluded
        WITH r, ev, a
        ORDER BY ev.confidence DESC, a.id, ev.start
        WITH r, collect(ev) AS evidence, collect(a.id) AS ids
        %QUALIFIERS%
        WITH r, ids
        UNWIND (CASE WHEN size(ids) = 0 THEN [null] ELSE ids END) AS id
        WITH r, id
        ORDER BY id
        WITH r, collect(DISTINCT id) AS articles
        SET r.articles = articles
        WITH r, articles
        WHERE size(articles) = 0
        DELETE r
        """;

    private const string EntitiesOfRows = """
        UNWIND $ids AS id
        MATCH (n:Entity {id: id})
        WITH n
        """;

    private const string EntitiesOfArticle = """
        MATCH (:Article {id: $articleId})-[:MENTIONS]->(n:Entity)
        SET n._lock = true
        REMOVE n._lock
        WITH n
        """;

    private const string DeriveEntity = """
        OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(n)
        WHERE NOT a.id IN $excluded
        WITH n, m.name AS name, count(m) AS c
        ORDER BY c DESC, name
        WITH n, collect(name) AS names
        SET n.name = coalesce(head(names), n.name)
        WITH n
        OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(n)
        WHERE NOT a.id IN $excluded
        WITH n, m.label AS label, count(m) AS c
        ORDER BY c DESC, label
        WITH n, head(collect(label)) AS label
        %LABELS%
        WITH n
        OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(n)
        WHERE NOT a.id IN $excluded
        WITH n, collect(m.wikidata) AS wikidata, collect(m.iso3166) AS iso, collect(m.geonames) AS geonames, collect(m.aliases) AS lists
        SET n.wikidata = reduce(w = null, x IN wikidata | CASE WHEN w IS NULL OR x < w THEN x ELSE w END),
            n.iso3166 = reduce(w = null, x IN iso | CASE WHEN w IS NULL OR x < w THEN x ELSE w END),
            n.geonames = reduce(w = null, x IN geonames | CASE WHEN w IS NULL OR x < w THEN x ELSE w END)
        WITH n, reduce(flat = [], l IN lists | flat + l) AS flat
        UNWIND (CASE WHEN size(flat) = 0 THEN [null] ELSE flat END) AS alias
        WITH n, alias
        ORDER BY alias
        WITH n, collect(DISTINCT alias) AS aliases
        SET n.aliases = aliases
        """;

    public static string FactKey(string subjectId, string type, string objectId) =>
        string.Concat(subjectId, FactKeySeparator.ToString(), type, FactKeySeparator.ToString(), objectId);

    /// <summary>Re-derives the given facts (rows of subjectId, type, objectId, fact) from all their evidence.</summary>
    public static CypherStatement Facts(List<Dictionary<string, object?>> rows, IEnumerable<string> qualifierKeys) =>
        new(FactsOfRows + "\n" + FactText(qualifierKeys), new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["rows"] = rows,
            ["excluded"] = new List<string>(),
        });

    /// <summary>Re-derives the facts an article supports as if it were gone; those left without evidence are deleted.</summary>
    public static CypherStatement FactsWithout(string articleId, IEnumerable<string> qualifierKeys) =>
        new(FactsOfArticle + "\n" + FactText(qualifierKeys), Excluding(articleId));

    /// <summary>Re-derives name, type, aliases and Wikidata id of the given entities from all their mentions.</summary>
    public static CypherStatement Entities(IReadOnlyCollection<string> ids, IEnumerable<string> labels) =>
        new(EntitiesOfRows + "\n" + EntityText(labels), new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ids"] = ids.ToList(),
            ["excluded"] = new List<string>(),
        });

    /// <summary>Re-derives the entities an article mentions as if it were gone.</summary>
    public static CypherStatement EntitiesWithout(string articleId, IEnumerable<string> labels) =>
        new(EntitiesOfArticle + "\n" + EntityText(labels), Excluding(articleId));

    private static Dictionary<string, object?> Excluding(string articleId) => new(StringComparer.Ordinal)
    {
        ["articleId"] = articleId,
        ["excluded"] = new List<string> { articleId },
    };

    private static string FactText(IEnumerable<string> qualifierKeys)
    {
        var assignments = new List<string>();
        foreach (var key in qualifierKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var name = CypherIdentifiers.PropertyKey(key);
            var values = $"[e IN evidence WHERE e.{name} IS NOT NULL | e.{name}]";
            assignments.Add(QualifierRules.RuleFor(name) switch
            {
                QualifierRule.Earliest => $"r.{name} = reduce(m = null, v IN {values} | CASE WHEN m IS NULL OR v < m THEN v ELSE m END)",
                QualifierRule.Union => $"r.{name} = {Union(values)}",
                _ => $"r.{name} = head({values})",
            });
        }

        var set = assignments.Count == 0 ? "" : "SET " + string.Join(",\n    ", assignments);
        return DeriveFact.Replace("%QUALIFIERS%", set, StringComparison.Ordinal);
    }

    // Every value once, in evidence order; a single one stays a plain value, as extraction gives it.
    private static string Union(string values)
    {
        var flat = $"reduce(acc = [], v IN {values} | acc + v)";
        var distinct = $"reduce(acc = [], x IN {flat} | CASE WHEN x IN acc THEN acc ELSE acc + x END)";
        return $"CASE size({distinct}) WHEN 0 THEN null WHEN 1 THEN head({distinct}) ELSE {distinct} END";
    }

    private static string EntityText(IEnumerable<string> labels)
    {
        var clauses = new StringBuilder();
        foreach (var label in labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var name = CypherIdentifiers.Label(label);
            clauses.Append($"FOREACH (_ IN CASE WHEN label = '{name}' THEN [1] ELSE [] END | SET n:{name})\n");
            clauses.Append($"FOREACH (_ IN CASE WHEN label IS NOT NULL AND label <> '{name}' THEN [1] ELSE [] END | REMOVE n:{name})\n");
        }

        return DeriveEntity.Replace("%LABELS%", clauses.ToString().TrimEnd('\n'), StringComparison.Ordinal);
    }
}

/// <summary>How a fact's qualifier is derived from the values its evidence gives.</summary>
internal enum QualifierRule
{
    /// <summary>The value of the most confident evidence that gives one.</summary>
    MostConfident,

    /// <summary>The smallest value (ISO dates compare as text): when it happened, not when it was last reported.</summary>
    Earliest,

    /// <summary>Every value once: all who made the claim.</summary>
    Union,
}

/// <summary>The qualifiers with a rule other than <see cref="QualifierRule.MostConfident"/>, by name as the extractor writes them.</summary>
internal static class QualifierRules
{
    public static QualifierRule RuleFor(string key) => key switch
    {
        "date" => QualifierRule.Earliest,
        "claimedBy" => QualifierRule.Union,
        _ => QualifierRule.MostConfident,
    };
}
