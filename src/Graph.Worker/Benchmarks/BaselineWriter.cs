using Graph.Core.Graph;
using Graph.Neo4j;

namespace Graph.Worker.Benchmarks;

/// <summary>
/// The baseline: the same nodes and relationships as our ingest, written the plainest way a bulk loader would,
/// UNWIND-MERGE statements over rows of many articles at once, one transaction per batch of rows. No lookup of
/// the stored version, no replacement of an article's previous facts, no per-article transaction: this is what
/// the database accepts when nothing but loading is asked of it.
/// </summary>
internal sealed class BaselineWriter(Neo4jClient client, int batchRows)
{
    private readonly Rows rows = new();

    public async Task AddAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        rows.Add(batch);
        if (rows.Count >= batchRows)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await client.RunInTransactionAsync(rows.Statements(), cancellationToken).ConfigureAwait(false);
        rows.Clear();
    }

    /// <summary>Rows of the articles not yet written, by statement.</summary>
    private sealed class Rows
    {
        private readonly List<Dictionary<string, object?>> articles = [];
        private readonly Dictionary<string, List<Dictionary<string, object?>>> entitiesByLabel = new(StringComparer.Ordinal);
        private readonly List<Dictionary<string, object?>> mentions = [];
        private readonly Dictionary<string, List<Dictionary<string, object?>>> factsByType = new(StringComparer.Ordinal);
        private readonly List<Dictionary<string, object?>> statements = [];
        private readonly List<Dictionary<string, object?>> about = [];
        private readonly List<Dictionary<string, object?>> evidenceOnEntities = [];
        private readonly List<Dictionary<string, object?>> evidenceOnStatements = [];

        public int Count { get; private set; }

        public void Add(GraphBatch batch)
        {
            var a = batch.Article;
            var articleId = a.Id;
            Append(articles, Row(("id", a.Id), ("props", new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["title"] = a.Title, ["source"] = a.Source, ["url"] = a.Url, ["published"] = a.Published,
                ["language"] = a.Language, ["sha256"] = a.Sha256, ["extraction"] = a.Extraction,
            })));
            foreach (var e in batch.Entities)
            {
                Append(ListFor(entitiesByLabel, e.Label), Row(("id", e.Id), ("name", e.Name), ("aliases", e.Aliases.IsDefault ? [] : e.Aliases.ToList()), ("wikidata", e.Wikidata)));
            }

            foreach (var m in batch.Mentions)
            {
                Append(mentions, Row(("articleId", articleId), ("entityId", m.EntityId), ("count", (long)m.Count)));
            }

            foreach (var f in batch.Facts)
            {
                Append(ListFor(factsByType, f.Type), Row(("subjectId", f.SubjectId), ("objectId", f.ObjectId), ("articleId", articleId), ("properties", f.Properties)));
            }

            foreach (var s in batch.Statements)
            {
                Append(statements, Row(("id", s.Id), ("speakerId", s.SpeakerId), ("text", s.Text), ("language", s.Language), ("articleId", articleId)));
                foreach (var entityId in s.About.IsDefault ? [] : s.About)
                {
                    Append(about, Row(("statementId", s.Id), ("entityId", entityId)));
                }
            }

            foreach (var ev in batch.Evidence)
            {
                Append(ev.ObjectIsStatement ? evidenceOnStatements : evidenceOnEntities, Row(
                    ("id", ev.Id), ("relation", ev.Relation), ("subjectId", ev.SubjectId), ("objectId", ev.ObjectId),
                    ("sentence", ev.Sentence), ("start", (long)ev.Start), ("stop", (long)ev.End), ("confidence", ev.Confidence),
                    ("articleId", articleId)));
            }
        }

        public List<CypherStatement> Statements()
        {
            var list = new List<CypherStatement>();
            Add(list, "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props", articles);
            foreach (var (label, rows) in entitiesByLabel)
            {
                Add(list, $"UNWIND $rows AS row MERGE (n:Entity {{id: row.id}}) SET n:`{label}`, n.name = row.name, n.aliases = row.aliases, n.wikidata = row.wikidata", rows);
            }

            Add(list, "UNWIND $rows AS row MATCH (a:Article {id: row.articleId}) MATCH (e:Entity {id: row.entityId}) MERGE (a)-[m:MENTIONS]->(e) SET m.count = row.count", mentions);
            foreach (var (type, rows) in factsByType)
            {
                Add(list, $"UNWIND $rows AS row MATCH (s:Entity {{id: row.subjectId}}) MATCH (o:Entity {{id: row.objectId}}) MERGE (s)-[r:`{type}`]->(o) SET r += row.properties, r.articles = coalesce(r.articles, []) + row.articleId", rows);
            }

            Add(list, "UNWIND $rows AS row MATCH (sp:Entity {id: row.speakerId}) MERGE (st:Statement {id: row.id}) SET st.text = row.text, st.language = row.language MERGE (sp)-[r:STATED]->(st) SET r.articles = [row.articleId]", statements);
            Add(list, "UNWIND $rows AS row MATCH (st:Statement {id: row.statementId}) MATCH (e:Entity {id: row.entityId}) MERGE (st)-[:ABOUT]->(e)", about);
            const string evidence = "UNWIND $rows AS row MATCH (a:Article {id: row.articleId}) MATCH (s:Entity {id: row.subjectId}) MATCH (o:%LABEL% {id: row.objectId}) " +
                "MERGE (ev:Evidence {id: row.id}) SET ev.relation = row.relation, ev.sentence = row.sentence, ev.start = row.start, ev.`end` = row.stop, ev.confidence = row.confidence " +
                "MERGE (ev)-[:SUBJECT]->(s) MERGE (ev)-[:OBJECT]->(o) MERGE (ev)-[:FROM]->(a)";
            Add(list, evidence.Replace("%LABEL%", "Entity", StringComparison.Ordinal), evidenceOnEntities);
            Add(list, evidence.Replace("%LABEL%", "Statement", StringComparison.Ordinal), evidenceOnStatements);
            return list;
        }

        public void Clear()
        {
            articles.Clear();
            entitiesByLabel.Clear();
            mentions.Clear();
            factsByType.Clear();
            statements.Clear();
            about.Clear();
            evidenceOnEntities.Clear();
            evidenceOnStatements.Clear();
            Count = 0;
        }

        private void Append(List<Dictionary<string, object?>> list, Dictionary<string, object?> row)
        {
            list.Add(row);
            Count++;
        }

        private static void Add(List<CypherStatement> list, string cypher, List<Dictionary<string, object?>> rows)
        {
            if (rows.Count > 0)
            {
                list.Add(new CypherStatement(cypher, new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = rows.ToList() }));
            }
        }

        private static List<Dictionary<string, object?>> ListFor(Dictionary<string, List<Dictionary<string, object?>>> lists, string key)
        {
            if (!lists.TryGetValue(key, out var list))
            {
                list = [];
                lists[key] = list;
            }

            return list;
        }

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
}
