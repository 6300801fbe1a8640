using Graph.Core.Graph;

namespace Graph.Neo4j.Internal;

/// <summary>
/// Cypher that writes one (validated) batch. Rows are grouped by label or relationship type so each statement
/// carries one literal, checked identifier; every value travels as a parameter. Cypher is kept to what Neo4j 3.1
/// through 2025.x all accept: UNWIND/MERGE, list comprehensions, <c>size()</c> on lists only.
/// </summary>
internal static class ArticleWrite
{
    // Placeholders %LABEL% / %TYPE% are replaced only by CypherIdentifiers-checked names (string.Format would trip on Cypher's braces).
    private const string UpsertArticle = """
        MERGE (a:Article {id: $articleId})
        SET a.title = $title, a.source = $source, a.url = $url, a.published = $published,
            a.language = $language, a.sha256 = $sha256, a.extraction = $extraction, a.ingestedAt = $ingestedAt
        """;

    // The first name seen stays (names do not flip with ingestion order); aliases are the union over articles.
    // Read-modify-write under concurrency: the node is write-locked (SET _lock) before its aliases are read, so a
    // concurrent writer's aliases are seen, not overwritten (Neo4j reads committed data, and locks only on write).
    private const string UpsertEntitiesTemplate = """
        UNWIND $rows AS row
        MERGE (n:Entity {id: row.id})
        SET n._lock = true
        REMOVE n._lock
        SET n:%LABEL%,
            n.name = coalesce(n.name, row.name),
            n.wikidata = coalesce(row.wikidata, n.wikidata),
            n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])]
        """;

    private const string MergeMentions = """
        MATCH (a:Article {id: $articleId})
        UNWIND $rows AS row
        MATCH (e:Entity {id: row.entityId})
        MERGE (a)-[m:MENTIONS]->(e)
        SET m.count = row.count
        """;

    // Qualifiers are last-writer-wins; `articles` lists each supporting article once. Locking the subject first
    // serialises writers of facts from one subject: MERGE then sees a relationship another writer just committed
    // (no duplicate), and `articles` is read after that writer's commit (no lost article).
    private const string MergeFactsTemplate = """
        UNWIND $rows AS row
        MATCH (s:Entity {id: row.subjectId})
        MATCH (o:Entity {id: row.objectId})
        SET s._lock = true
        REMOVE s._lock
        MERGE (s)-[r:%TYPE%]->(o)
        SET r += row.properties,
            r.articles = CASE WHEN $articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + $articleId END
        """;

    private const string CreateStatements = """
        UNWIND $rows AS row
        MATCH (sp:Entity {id: row.speakerId})
        CREATE (st:Statement {id: row.id, text: row.text, language: row.language})
        CREATE (sp)-[:STATED {articles: [$articleId]}]->(st)
        WITH st, row
        UNWIND row.about AS aboutId
        MATCH (e:Entity {id: aboutId})
        MERGE (st)-[:ABOUT]->(e)
        """;

    // `end` is a Cypher keyword, hence the backticks.
    private const string CreateEvidenceTemplate = """
        MATCH (a:Article {id: $articleId})
        UNWIND $rows AS row
        MATCH (s:Entity {id: row.subjectId})
        MATCH (o:%LABEL% {id: row.objectId})
        CREATE (ev:Evidence {id: row.id, relation: row.relation, sentence: row.sentence,
                             start: row.start, `end`: row.stop, confidence: row.confidence})
        CREATE (ev)-[:SUBJECT]->(s)
        CREATE (ev)-[:OBJECT]->(o)
        CREATE (ev)-[:FROM]->(a)
        """;

    public static IReadOnlyList<CypherStatement> Statements(GraphBatch batch, DateTimeOffset ingestedAt)
    {
        var article = batch.Article;
        var statements = new List<CypherStatement>
        {
            new(UpsertArticle, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["articleId"] = article.Id,
                ["title"] = article.Title,
                ["source"] = article.Source,
                ["url"] = article.Url,
                ["published"] = article.Published,
                ["language"] = article.Language,
                ["sha256"] = article.Sha256,
                ["extraction"] = article.Extraction,
                ["ingestedAt"] = ingestedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            }),
        };

        foreach (var group in batch.Entities.GroupBy(e => e.Label, StringComparer.Ordinal))
        {
            var rows = group.GroupBy(e => e.Id, StringComparer.Ordinal).Select(EntityRow).ToList();
            statements.Add(Rows(UpsertEntitiesTemplate.Replace("%LABEL%", CypherIdentifiers.Label(group.Key), StringComparison.Ordinal), article.Id, rows));
        }

        if (!batch.Mentions.IsDefaultOrEmpty)
        {
            var rows = batch.Mentions
                .GroupBy(m => m.EntityId, StringComparer.Ordinal)
                .Select(g => Row(("entityId", g.Key), ("count", (long)g.Sum(m => m.Count))))
                .ToList();
            statements.Add(Rows(MergeMentions, article.Id, rows));
        }

        foreach (var group in batch.Facts.GroupBy(f => f.Type, StringComparer.Ordinal))
        {
            var rows = group
                .GroupBy(f => (f.SubjectId, f.ObjectId))
                .Select(g => Row(
                    ("subjectId", g.Key.SubjectId),
                    ("objectId", g.Key.ObjectId),
                    ("properties", MergedProperties(g))))
                .ToList();
            statements.Add(Rows(MergeFactsTemplate.Replace("%TYPE%", CypherIdentifiers.RelationshipType(group.Key), StringComparison.Ordinal), article.Id, rows));
        }

        if (!batch.Statements.IsDefaultOrEmpty)
        {
            var rows = batch.Statements.Select(s => Row(
                ("id", s.Id),
                ("speakerId", s.SpeakerId),
                ("text", s.Text),
                ("language", s.Language),
                ("about", s.About.IsDefault ? [] : s.About.Distinct(StringComparer.Ordinal).ToList()))).ToList();
            statements.Add(Rows(CreateStatements, article.Id, rows));
        }

        foreach (var group in batch.Evidence.GroupBy(e => e.ObjectIsStatement))
        {
            var rows = group.Select(e => Row(
                ("id", e.Id),
                ("relation", e.Relation),
                ("subjectId", e.SubjectId),
                ("objectId", e.ObjectId),
                ("sentence", e.Sentence),
                ("start", (long)e.Start),
                ("stop", (long)e.End),
                ("confidence", e.Confidence))).ToList();
            var objectLabel = group.Key ? "Statement" : "Entity";
            statements.Add(Rows(CreateEvidenceTemplate.Replace("%LABEL%", objectLabel, StringComparison.Ordinal), article.Id, rows));
        }

        return statements;
    }

    private static Dictionary<string, object?> EntityRow(IGrouping<string, EntityNode> sameId)
    {
        var first = sameId.First();
        var aliases = sameId
            .SelectMany(e => e.Aliases.IsDefault ? [] : e.Aliases)
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return Row(("id", first.Id), ("name", first.Name), ("aliases", aliases), ("wikidata", sameId.Select(e => e.Wikidata).FirstOrDefault(w => w is not null)));
    }

    // Two edges for the same (subject, type, object) in one article become one relationship; later qualifiers win.
    private static Dictionary<string, object?> MergedProperties(IEnumerable<FactEdge> edges)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            foreach (var (key, value) in edge.Properties)
            {
                merged[key] = value;
            }
        }

        return merged;
    }

    private static CypherStatement Rows(string cypher, string articleId, List<Dictionary<string, object?>> rows) =>
        new(cypher, new Dictionary<string, object?>(StringComparer.Ordinal) { ["articleId"] = articleId, ["rows"] = rows });

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] fields)
    {
        var row = new Dictionary<string, object?>(fields.Length, StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            row[key] = value;
        }

        return row;
    }
}
