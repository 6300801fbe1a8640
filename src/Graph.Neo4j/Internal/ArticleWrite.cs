using Graph.Core.Graph;

namespace Graph.Neo4j.Internal;

/// <summary>
/// Cypher that writes (validated) batches, one article or several in one transaction. Rows are grouped by label or
/// relationship type so each statement carries one literal, checked identifier; every value travels as a parameter,
/// and each row carries the id of its article, so the articles of a group commit share one statement per kind
/// instead of one set of statements each. Cypher is kept to what Neo4j 3.1 through 2025.x all accept: UNWIND/MERGE,
/// list comprehensions, <c>size()</c> on lists only. Every MATCH/MERGE on a node names its label and the unique
/// property, so it is a unique-index seek.
/// </summary>
internal static class ArticleWrite
{
    // Placeholders %LABEL% / %TYPE% are replaced only by CypherIdentifiers-checked names (string.Format would trip on Cypher's braces).
    private const string UpsertArticle = """
        MERGE (a:Article {id: $articleId})
        SET a.title = $title, a.source = $source, a.url = $url, a.published = $published,
            a.language = $language, a.sha256 = $sha256, a.extraction = $extraction, a.ingestedAt = $ingestedAt
        """;

    private const string UpsertArticles = """
        UNWIND $rows AS row
        MERGE (a:Article {id: row.articleId})
        SET a += row.properties
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
        UNWIND $rows AS row
        MATCH (a:Article {id: row.articleId})
        MATCH (e:Entity {id: row.entityId})
        MERGE (a)-[m:MENTIONS]->(e)
        SET m.count = row.count
        """;

    // Qualifiers are last-writer-wins; `articles` lists each supporting article once. Locking the subject first
    // serialises writers of facts from one subject: MERGE then sees a relationship another writer just committed
    // (no duplicate), and `articles` is read after that writer's commit (no lost article). One row per relationship
    // of the whole batch, carrying the batch's articles that support it, so a fact that many articles repeat has its
    // `articles` list rewritten once per transaction, not once per article.
    private const string MergeFactsTemplate = """
        UNWIND $rows AS row
        MATCH (s:Entity {id: row.subjectId})
        MATCH (o:Entity {id: row.objectId})
        SET s._lock = true
        REMOVE s._lock
        MERGE (s)-[r:%TYPE%]->(o)
        SET r += row.properties,
            r.articles = coalesce(r.articles, []) + [x IN row.articles WHERE NOT x IN coalesce(r.articles, [])]
        """;

    private const string CreateStatements = """
        UNWIND $rows AS row
        MATCH (sp:Entity {id: row.speakerId})
        CREATE (st:Statement {id: row.id, text: row.text, language: row.language})
        CREATE (sp)-[:STATED {articles: [row.articleId]}]->(st)
        WITH st, row
        UNWIND row.about AS aboutId
        MATCH (e:Entity {id: aboutId})
        MERGE (st)-[:ABOUT]->(e)
        """;

    // `end` is a Cypher keyword, hence the backticks.
    private const string CreateEvidenceTemplate = """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.articleId})
        MATCH (s:Entity {id: row.subjectId})
        MATCH (o:%LABEL% {id: row.objectId})
        CREATE (ev:Evidence {id: row.id, relation: row.relation, sentence: row.sentence,
                             start: row.start, `end`: row.stop, confidence: row.confidence})
        CREATE (ev)-[:SUBJECT]->(s)
        CREATE (ev)-[:OBJECT]->(o)
        CREATE (ev)-[:FROM]->(a)
        """;

    /// <summary>Rows one article adds to a batch transaction (what <see cref="Neo4jOptions.WriteBatchRows"/> counts).</summary>
    public static int RowCount(GraphBatch batch) =>
        1 + batch.Entities.Length + batch.Mentions.Length + batch.Facts.Length + batch.Statements.Length + batch.Evidence.Length;

    public static IReadOnlyList<CypherStatement> Statements(GraphBatch batch, DateTimeOffset ingestedAt) => Statements([batch], ingestedAt);

    /// <summary>
    /// The statements writing <paramref name="batches"/> (distinct article ids, in order) as if one after the other:
    /// first names and aliases of entities, qualifiers and `articles` of facts come out as sequential writes would
    /// leave them.
    /// </summary>
    public static IReadOnlyList<CypherStatement> Statements(IReadOnlyList<GraphBatch> batches, DateTimeOffset ingestedAt)
    {
        var stamp = ingestedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var statements = new List<CypherStatement>
        {
            batches is [var single]
                ? new(UpsertArticle, new Dictionary<string, object?>(ArticleProperties(single.Article, stamp), StringComparer.Ordinal) { ["articleId"] = single.Article.Id })
                : Rows(UpsertArticles, batches.Select(b => Row(("articleId", b.Article.Id), ("properties", ArticleProperties(b.Article, stamp)))).ToList()),
        };

        AddEntities(statements, batches);

        var mentions = new List<Dictionary<string, object?>>();
        foreach (var batch in batches)
        {
            if (!batch.Mentions.IsDefaultOrEmpty)
            {
                mentions.AddRange(batch.Mentions
                    .GroupBy(m => m.EntityId, StringComparer.Ordinal)
                    .Select(g => Row(("articleId", batch.Article.Id), ("entityId", g.Key), ("count", (long)g.Sum(m => m.Count)))));
            }
        }

        if (mentions.Count > 0)
        {
            statements.Add(Rows(MergeMentions, mentions));
        }

        AddFacts(statements, batches);

        var spoken = batches
            .SelectMany(b => b.Statements.IsDefault ? [] : b.Statements.Select(s => Row(
                ("articleId", b.Article.Id),
                ("id", s.Id),
                ("speakerId", s.SpeakerId),
                ("text", s.Text),
                ("language", s.Language),
                ("about", s.About.IsDefault ? [] : s.About.Distinct(StringComparer.Ordinal).ToList()))))
            .ToList();
        if (spoken.Count > 0)
        {
            statements.Add(Rows(CreateStatements, spoken));
        }

        foreach (var group in batches.SelectMany(b => b.Evidence.IsDefault ? [] : b.Evidence.Select(e => (b.Article.Id, Evidence: e)))
                     .GroupBy(x => x.Evidence.ObjectIsStatement))
        {
            var rows = group.Select(x => Row(
                ("articleId", x.Id),
                ("id", x.Evidence.Id),
                ("relation", x.Evidence.Relation),
                ("subjectId", x.Evidence.SubjectId),
                ("objectId", x.Evidence.ObjectId),
                ("sentence", x.Evidence.Sentence),
                ("start", (long)x.Evidence.Start),
                ("stop", (long)x.Evidence.End),
                ("confidence", x.Evidence.Confidence))).ToList();
            var objectLabel = group.Key ? "Statement" : "Entity";
            statements.Add(Rows(CreateEvidenceTemplate.Replace("%LABEL%", objectLabel, StringComparison.Ordinal), rows));
        }

        return statements;
    }

    private static Dictionary<string, object?> ArticleProperties(ArticleNode article, string ingestedAt) => new(StringComparer.Ordinal)
    {
        ["title"] = article.Title,
        ["source"] = article.Source,
        ["url"] = article.Url,
        ["published"] = article.Published,
        ["language"] = article.Language,
        ["sha256"] = article.Sha256,
        ["extraction"] = article.Extraction,
        ["ingestedAt"] = ingestedAt,
    };

    // One row per (label, entity id) over the batch. The name is the first one any article gives the id (the first
    // statement to touch a new node sets it, and every row of the id carries it); wikidata, the last article's
    // (each article's first non-null); aliases, the union in order of appearance.
    private static void AddEntities(List<CypherStatement> statements, IReadOnlyList<GraphBatch> batches)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var wikidata = new Dictionary<string, string?>(StringComparer.Ordinal);
        var byLabel = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        foreach (var batch in batches)
        {
            var firstWikidata = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var entity in batch.Entities)
            {
                names.TryAdd(entity.Id, entity.Name);
                if (entity.Wikidata is not null)
                {
                    firstWikidata.TryAdd(entity.Id, entity.Wikidata);
                }

                if (!byLabel.TryGetValue(entity.Label, out var ids))
                {
                    ids = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                    byLabel[entity.Label] = ids;
                }

                if (!ids.TryGetValue(entity.Id, out var aliases))
                {
                    aliases = [];
                    ids[entity.Id] = aliases;
                }

                foreach (var alias in entity.Aliases.IsDefault ? [] : entity.Aliases)
                {
                    if (!string.IsNullOrWhiteSpace(alias) && !aliases.Contains(alias, StringComparer.Ordinal))
                    {
                        aliases.Add(alias);
                    }
                }
            }

            foreach (var (id, value) in firstWikidata)
            {
                wikidata[id] = value;
            }
        }

        foreach (var (label, ids) in byLabel)
        {
            var rows = ids.Select(pair => Row(
                ("id", pair.Key),
                ("name", names[pair.Key]),
                ("aliases", pair.Value),
                ("wikidata", wikidata.GetValueOrDefault(pair.Key)))).ToList();
            statements.Add(Rows(UpsertEntitiesTemplate.Replace("%LABEL%", CypherIdentifiers.Label(label), StringComparison.Ordinal), rows));
        }
    }

    // Two edges for the same (subject, type, object), in one article or several, become one relationship; later
    // qualifiers win, and `articles` gains each supporting article once, in order.
    private static void AddFacts(List<CypherStatement> statements, IReadOnlyList<GraphBatch> batches)
    {
        var byType = new Dictionary<string, Dictionary<(string, string), (Dictionary<string, object?> Properties, List<string> Articles)>>(StringComparer.Ordinal);
        foreach (var batch in batches)
        {
            foreach (var fact in batch.Facts)
            {
                if (!byType.TryGetValue(fact.Type, out var edges))
                {
                    edges = [];
                    byType[fact.Type] = edges;
                }

                if (!edges.TryGetValue((fact.SubjectId, fact.ObjectId), out var edge))
                {
                    edge = (new Dictionary<string, object?>(StringComparer.Ordinal), []);
                    edges[(fact.SubjectId, fact.ObjectId)] = edge;
                }

                foreach (var (key, value) in fact.Properties)
                {
                    edge.Properties[key] = value;
                }

                if (edge.Articles.Count == 0 || edge.Articles[^1] != batch.Article.Id)
                {
                    edge.Articles.Add(batch.Article.Id);
                }
            }
        }

        foreach (var (type, edges) in byType)
        {
            var rows = edges.Select(pair => Row(
                ("subjectId", pair.Key.Item1),
                ("objectId", pair.Key.Item2),
                ("properties", pair.Value.Properties),
                ("articles", pair.Value.Articles))).ToList();
            statements.Add(Rows(MergeFactsTemplate.Replace("%TYPE%", CypherIdentifiers.RelationshipType(type), StringComparison.Ordinal), rows));
        }
    }

    private static CypherStatement Rows(string cypher, List<Dictionary<string, object?>> rows) =>
        new(cypher, new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = rows });

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
