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

    // Names, types, aliases and Wikidata ids are derived afterwards from every article's mentions (Derivation); a
    // new node gets this article's name and type meanwhile. The node is write-locked (SET _lock) before anything
    // reads its mentions, so a concurrent writer's are seen, not overwritten.
    private const string UpsertEntitiesTemplate = """
        UNWIND $rows AS row
        MERGE (n:Entity {id: row.id})
        ON CREATE SET n.name = row.name
        SET n._lock = true
        REMOVE n._lock
        SET n:%LABEL%
        """;

    private const string MergeMentions = """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.articleId})
        MATCH (e:Entity {id: row.entityId})
        MERGE (a)-[m:MENTIONS]->(e)
        SET m.count = row.count, m.name = row.name, m.label = row.label, m.aliases = row.aliases, m.wikidata = row.wikidata,
            m.iso3166 = row.iso3166, m.geonames = row.geonames
        """;

    // The relationship only: its `articles` and qualifiers are derived from its evidence once that is written
    // (Derivation). Locking the subject first serialises writers of facts from one subject: MERGE then sees a
    // relationship another writer just committed (no duplicate), and the derivation reads that writer's evidence.
    private const string MergeFactsTemplate = """
        UNWIND $rows AS row
        MATCH (s:Entity {id: row.subjectId})
        MATCH (o:Entity {id: row.objectId})
        SET s._lock = true
        REMOVE s._lock
        MERGE (s)-[r:%TYPE%]->(o)
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
        SET ev.fact = row.fact
        SET ev += row.qualifiers
        CREATE (ev)-[:SUBJECT]->(s)
        CREATE (ev)-[:OBJECT]->(o)
        CREATE (ev)-[:FROM]->(a)
        """;

    /// <summary>Rows one article adds to a batch transaction (what <see cref="Neo4jOptions.WriteBatchRows"/> counts).</summary>
    public static int RowCount(GraphBatch batch) =>
        1 + batch.Entities.Length + batch.Mentions.Length + batch.Facts.Length + batch.Statements.Length + batch.Evidence.Length;

    public static IReadOnlyList<CypherStatement> Statements(GraphBatch batch, DateTimeOffset ingestedAt) =>
        Statements([batch], ingestedAt, batch.Entities.Select(e => e.Label).ToList());

    /// <summary>
    /// The statements writing <paramref name="batches"/> (distinct article ids, in order) as if one after the other:
    /// first names and aliases of entities, qualifiers and `articles` of facts come out as sequential writes would
    /// leave them.
    /// </summary>
    /// <param name="labels">Every entity type the graph may hold: a type no longer most supported is removed.</param>
    public static IReadOnlyList<CypherStatement> Statements(IReadOnlyList<GraphBatch> batches, DateTimeOffset ingestedAt, IReadOnlyCollection<string> labels)
    {
        batches = batches.Select(QualifiedEvidence).ToList();
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
                var entities = EntitiesById(batch);
                mentions.AddRange(batch.Mentions
                    .GroupBy(m => m.EntityId, StringComparer.Ordinal)
                    .Select(g =>
                    {
                        var entity = entities[g.Key];
                        return Row(
                            ("articleId", batch.Article.Id),
                            ("entityId", g.Key),
                            ("count", (long)g.Sum(m => m.Count)),
                            ("name", entity.Name),
                            ("label", entity.Label),
                            ("aliases", Aliases(entity)),
                            ("wikidata", entity.Wikidata),
                            ("iso3166", entity.Iso3166),
                            ("geonames", entity.GeoNames));
                    }));
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
                ("confidence", x.Evidence.Confidence),
                ("fact", x.Evidence.ObjectIsStatement ? null : Derivation.FactKey(x.Evidence.SubjectId, x.Evidence.Relation, x.Evidence.ObjectId)),
                ("qualifiers", Qualifiers(x.Evidence)))).ToList();
            var objectLabel = group.Key ? "Statement" : "Entity";
            statements.Add(Rows(CreateEvidenceTemplate.Replace("%LABEL%", objectLabel, StringComparison.Ordinal), rows));
        }

        AddDerivations(statements, batches, labels);
        return statements;
    }

    /// <summary>The qualifier keys the batches' evidence carries: the only ones their facts' derivation can change.</summary>
    public static IReadOnlySet<string> QualifierKeys(IEnumerable<GraphBatch> batches) => batches
        .SelectMany(b => b.Evidence.IsDefault ? [] : b.Evidence)
        .SelectMany(e => e.Qualifiers?.Keys ?? Enumerable.Empty<string>())
        .ToHashSet(StringComparer.Ordinal);

    private static void AddDerivations(List<CypherStatement> statements, IReadOnlyList<GraphBatch> batches, IReadOnlyCollection<string> labels)
    {
        var facts = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var fact in batches.SelectMany(b => b.Facts))
        {
            var key = Derivation.FactKey(fact.SubjectId, fact.Type, fact.ObjectId);
            facts.TryAdd(key, Row(("subjectId", fact.SubjectId), ("type", fact.Type), ("objectId", fact.ObjectId), ("fact", key)));
        }

        if (facts.Count > 0)
        {
            statements.Add(Derivation.Facts([.. facts.Values], QualifierKeys(batches)));
        }

        var ids = batches.SelectMany(b => b.Entities).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        if (ids.Count > 0)
        {
            var allLabels = labels.Concat(batches.SelectMany(b => b.Entities).Select(e => e.Label)).ToHashSet(StringComparer.Ordinal);
            statements.Add(Derivation.Entities(ids, allLabels));
        }
    }

    /// <summary>
    /// Evidence that carries no qualifiers of its own takes those of its fact in the same article: a batch may give
    /// qualifiers per fact only (as earlier mappers did), and the store keeps them on evidence either way.
    /// </summary>
    public static GraphBatch QualifiedEvidence(GraphBatch batch)
    {
        if (batch.Evidence.IsDefaultOrEmpty || batch.Facts.IsDefaultOrEmpty || batch.Evidence.All(e => e.Qualifiers is not null || e.ObjectIsStatement))
        {
            return batch;
        }

        var byFact = new Dictionary<(string, string, string), FactEdge>();
        foreach (var fact in batch.Facts)
        {
            byFact.TryAdd((fact.SubjectId, fact.Type, fact.ObjectId), fact);
        }

        var evidence = batch.Evidence.Select(e =>
            e.Qualifiers is null && !e.ObjectIsStatement && byFact.TryGetValue((e.SubjectId, e.Relation, e.ObjectId), out var fact) && !fact.Properties.IsEmpty
                ? e with { Qualifiers = fact.Properties }
                : e);
        return batch with { Evidence = [.. evidence] };
    }

    private static Dictionary<string, EntityNode> EntitiesById(GraphBatch batch)
    {
        var byId = new Dictionary<string, EntityNode>(batch.Entities.Length, StringComparer.Ordinal);
        foreach (var entity in batch.Entities)
        {
            byId.TryAdd(entity.Id, entity);
        }

        return byId;
    }

    private static List<string> Aliases(EntityNode entity) =>
        entity.Aliases.IsDefault ? [] : entity.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToList();

    private static Dictionary<string, object?> Qualifiers(EvidenceNode evidence)
    {
        var qualifiers = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (evidence.Qualifiers is { } given)
        {
            foreach (var (key, value) in given)
            {
                qualifiers[CypherIdentifiers.PropertyKey(key)] = value;
            }
        }

        return qualifiers;
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

    // One row per (label, entity id) over the batch: the node and its type label; the rest is derived.
    private static void AddEntities(List<CypherStatement> statements, IReadOnlyList<GraphBatch> batches)
    {
        var byLabel = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var entity in batches.SelectMany(b => b.Entities))
        {
            if (!byLabel.TryGetValue(entity.Label, out var names))
            {
                names = new Dictionary<string, string>(StringComparer.Ordinal);
                byLabel[entity.Label] = names;
            }

            names.TryAdd(entity.Id, entity.Name);
        }

        foreach (var (label, names) in byLabel)
        {
            var rows = names.Select(pair => Row(("id", pair.Key), ("name", pair.Value))).ToList();
            statements.Add(Rows(UpsertEntitiesTemplate.Replace("%LABEL%", CypherIdentifiers.Label(label), StringComparison.Ordinal), rows));
        }
    }

    // One relationship per (subject, type, object) over the batch, in order of first appearance.
    private static void AddFacts(List<CypherStatement> statements, IReadOnlyList<GraphBatch> batches)
    {
        var byType = new Dictionary<string, Dictionary<(string, string), bool>>(StringComparer.Ordinal);
        foreach (var fact in batches.SelectMany(b => b.Facts))
        {
            if (!byType.TryGetValue(fact.Type, out var edges))
            {
                edges = [];
                byType[fact.Type] = edges;
            }

            edges.TryAdd((fact.SubjectId, fact.ObjectId), true);
        }

        foreach (var (type, edges) in byType)
        {
            var rows = edges.Keys.Select(pair => Row(("subjectId", pair.Item1), ("objectId", pair.Item2))).ToList();
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
