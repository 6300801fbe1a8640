using Graph.Neo4j;
using Graph.Worker.Hosting;

namespace Graph.Worker.Visualization;

/// <summary>
/// Reads what <c>graph view</c> draws. Relation types are filtered by Cypher; dates and the neighbourhood of an
/// entity are filtered here, because a stored date is a period ("2024-06") that string comparison in Cypher would
/// misplace, and because the walk must treat statements as stepping stones. Every value is a parameter; every
/// statement runs on Neo4j 3.1 through 2025.x. A fact is identified by its subject, type and object (unique in the
/// graph model: facts are merged per triple), never by the deprecated <c>id()</c>.
/// </summary>
internal sealed class GraphViewQuery(Neo4jClient client)
{
    private const string FactsCypher =
        """
        MATCH (s:Entity)-[r]->(o)
        WHERE type(r) <> 'MENTIONS' AND (o:Entity OR o:Statement)
          AND ($types IS NULL OR type(r) IN $types)
        RETURN s.id AS subject, type(r) AS type, o.id AS object, o:Statement AS toStatement,
               r.date AS date, r.troops AS troops, r.claimedBy AS claimedBy, r.articles AS articles
        """;

    private const string AboutCypher =
        """
        MATCH (st:Statement)-[:ABOUT]->(e:Entity) WHERE st.id IN $ids
        RETURN st.id AS statement, e.id AS entity
        """;

    private const string ArticleDatesCypher = "MATCH (a:Article) RETURN a.id AS id, a.published AS published";

    private const string FindEntityCypher =
        """
        MATCH (e:Entity)
        WHERE e.id = $name OR toLower(e.name) = toLower($name) OR $name IN e.aliases
        RETURN e.id AS id, e.name AS name ORDER BY CASE WHEN toLower(e.name) = toLower($name) THEN 0 ELSE 1 END, e.id
        """;

    private const string EntitiesCypher =
        """
        MATCH (e:Entity) WHERE e.id IN $ids
        RETURN e.id AS id, labels(e) AS labels, e.name AS name, e.aliases AS aliases, e.wikidata AS wikidata
        """;

    private const string StatementsCypher =
        "MATCH (st:Statement) WHERE st.id IN $ids RETURN st.id AS id, st.text AS text";

    private const string MentionsCypher =
        """
        MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE e.id IN $ids
        RETURN e.id AS entity, a.id AS article, m.count AS count ORDER BY m.count DESC, a.published DESC
        """;

    private const string EvidenceCypher =
        """
        MATCH (ev:Evidence)-[:SUBJECT]->(s:Entity), (ev)-[:OBJECT]->(o), (ev)-[:FROM]->(a:Article)
        WHERE s.id IN $subjects AND ev.relation IN $types
        RETURN ev.relation AS type, s.id AS subject, o.id AS object, o:Statement AS toStatement,
               ev.sentence AS sentence, ev.confidence AS confidence, a.id AS article
        ORDER BY a.published, a.id, ev.start
        """;

    private const string ArticlesCypher =
        "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.title AS title, a.source AS source, a.url AS url, a.published AS published";

    public async Task<ViewGraph> LoadAsync(ViewArguments arguments, CancellationToken cancellationToken)
    {
        var publishedByArticle = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in await RunAsync(ArticleDatesCypher, [], cancellationToken).ConfigureAwait(false))
        {
            publishedByArticle[Text(row, "id")!] = Text(row, "published");
        }

        var facts = new List<RawFact>();
        var factIds = new HashSet<string>(StringComparer.Ordinal);
        var types = arguments.Relations.Count == 0 ? null : arguments.Relations.ToList();
        foreach (var row in await RunAsync(FactsCypher, new() { ["types"] = types }, cancellationToken).ConfigureAwait(false))
        {
            var from = EntityKey(Text(row, "subject")!);
            var to = ObjectKey(row);
            var type = Text(row, "type")!;
            if (!factIds.Add(FactId(from, type, to)))
            {
                continue; // a repeated triple (never written by the store) would be drawn twice with the same evidence
            }

            var articles = Strings(row["articles"]);
            var date = Text(row, "date");
            var (when, source) = date is not null
                ? (date, "fact")
                : (articles.Select(a => publishedByArticle.GetValueOrDefault(a)).Where(p => p is not null).Order(StringComparer.Ordinal).FirstOrDefault(), "article");
            facts.Add(new RawFact(
                FactId(from, type, to),
                from,
                to,
                type,
                date,
                row["troops"] as long?,
                Strings(row["claimedBy"]),
                articles,
                when,
                when is null ? null : source));
        }

        if (arguments.From is not null || arguments.To is not null)
        {
            var from = arguments.From?.Start;
            var to = arguments.To?.End;
            facts.RemoveAll(f => !DatePeriod.TryParse(f.When, out var period) || !period.Overlaps(from, to));
        }

        // ABOUT links follow the statements that remain; they carry no evidence of their own.
        var statementIds = facts.Where(f => f.To.StartsWith(StatementPrefix, StringComparison.Ordinal)).Select(f => f.To[StatementPrefix.Length..]).Distinct().ToList();
        foreach (var row in await RunAsync(AboutCypher, new() { ["ids"] = statementIds }, cancellationToken).ConfigureAwait(false))
        {
            var statement = StatementKey(Text(row, "statement")!);
            var entity = EntityKey(Text(row, "entity")!);
            facts.Add(new RawFact(FactId(statement, "ABOUT", entity), statement, entity, "ABOUT", null, null, [], [], null, null));
        }

        string? centre = null;
        if (arguments.Entity is { } name)
        {
            var found = await RunAsync(FindEntityCypher, new() { ["name"] = name }, cancellationToken).ConfigureAwait(false);
            centre = found.Count > 0
                ? EntityKey(Text(found[0], "id")!)
                : throw new CommandAbortedException($"No entity is named or aliased '{name}'; give a name, alias or id as stored (see README's 'Articles per entity' query).");
            var kept = ViewScope.Around(centre, arguments.Depth, facts.Select(f => (f.From, f.To)));
            facts.RemoveAll(f => !kept.Contains(f.From) || !kept.Contains(f.To));
        }

        return await DescribeAsync(arguments, centre, facts, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ViewGraph> DescribeAsync(ViewArguments arguments, string? centre, List<RawFact> facts, CancellationToken cancellationToken)
    {
        var keys = facts.SelectMany(f => new[] { f.From, f.To }).ToHashSet(StringComparer.Ordinal);
        if (centre is not null)
        {
            keys.Add(centre);
        }

        var entityIds = keys.Where(k => k.StartsWith(EntityPrefix, StringComparison.Ordinal)).Select(k => k[EntityPrefix.Length..]).ToList();
        var statementIds = keys.Where(k => k.StartsWith(StatementPrefix, StringComparison.Ordinal)).Select(k => k[StatementPrefix.Length..]).ToList();

        var mentions = new Dictionary<string, List<ViewMention>>(StringComparer.Ordinal);
        var articleIds = new HashSet<string>(facts.SelectMany(f => f.Articles), StringComparer.Ordinal);
        foreach (var row in await RunAsync(MentionsCypher, new() { ["ids"] = entityIds }, cancellationToken).ConfigureAwait(false))
        {
            var article = Text(row, "article")!;
            articleIds.Add(article);
            var list = mentions.TryGetValue(Text(row, "entity")!, out var existing) ? existing : mentions[Text(row, "entity")!] = [];
            list.Add(new ViewMention(article, row["count"] as long? ?? 1));
        }

        var nodes = new List<ViewNode>();
        foreach (var row in await RunAsync(EntitiesCypher, new() { ["ids"] = entityIds }, cancellationToken).ConfigureAwait(false))
        {
            var id = Text(row, "id")!;
            var type = Strings(row["labels"]).Where(l => l != "Entity").Order(StringComparer.Ordinal).FirstOrDefault() ?? "Entity";
            nodes.Add(new ViewNode(
                EntityKey(id), "entity", type, Text(row, "name") ?? id, null, Strings(row["aliases"]), Text(row, "wikidata"),
                mentions.GetValueOrDefault(id) ?? []));
        }

        foreach (var row in await RunAsync(StatementsCypher, new() { ["ids"] = statementIds }, cancellationToken).ConfigureAwait(false))
        {
            var id = Text(row, "id")!;
            nodes.Add(new ViewNode(StatementKey(id), "statement", "Statement", id, Text(row, "text"), [], null, []));
        }

        // Evidence is matched to its fact by (subject, relation, object), as the store links it.
        var evidence = new List<ViewEvidence>();
        var evidenceByFact = new Dictionary<(string, string, string), List<int>>();
        var factKeys = facts.Select(f => (f.From, f.Type, f.To)).ToHashSet();
        var factTypes = facts.Select(f => f.Type).Where(t => t != "ABOUT").Distinct().ToList();
        foreach (var row in await RunAsync(EvidenceCypher, new() { ["subjects"] = entityIds, ["types"] = factTypes }, cancellationToken).ConfigureAwait(false))
        {
            var to = ObjectKey(row);
            var key = (EntityKey(Text(row, "subject")!), Text(row, "type")!, to);
            if (!factKeys.Contains(key))
            {
                continue;
            }

            var article = Text(row, "article")!;
            articleIds.Add(article);
            evidence.Add(new ViewEvidence(Text(row, "sentence") ?? "", article, row["confidence"] is { } c ? Convert.ToDouble(c, System.Globalization.CultureInfo.InvariantCulture) : null));
            var list = evidenceByFact.TryGetValue(key, out var existing) ? existing : evidenceByFact[key] = [];
            list.Add(evidence.Count - 1);
        }

        var articles = new Dictionary<string, ViewArticle>(StringComparer.Ordinal);
        foreach (var row in await RunAsync(ArticlesCypher, new() { ["ids"] = articleIds.ToList() }, cancellationToken).ConfigureAwait(false))
        {
            var id = Text(row, "id")!;
            articles[id] = new ViewArticle(id, Text(row, "title"), Text(row, "source"), Text(row, "url"), Text(row, "published"));
        }

        var present = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = facts
            .Where(f => present.Contains(f.From) && present.Contains(f.To))
            .Select(f => new ViewEdge(
                f.Id, f.From, f.To, f.Type, f.Date, f.Troops, f.ClaimedBy, f.Articles, f.When, f.WhenSource,
                evidenceByFact.GetValueOrDefault((f.From, f.Type, f.To)) ?? []))
            .ToList();
        var filter = new ViewFilter(arguments.Entity, arguments.Entity is null ? null : arguments.Depth, arguments.Relations, arguments.FromText, arguments.ToText);
        return new ViewGraph(filter, nodes, edges, articles, evidence);
    }

    private const string EntityPrefix = "e:";
    private const string StatementPrefix = "s:";

    private static string EntityKey(string id) => EntityPrefix + id;

    private static string ObjectKey(IReadOnlyDictionary<string, object?> row) =>
        row["toStatement"] is true ? StatementKey(Text(row, "object")!) : EntityKey(Text(row, "object")!);

    private static string StatementKey(string id) => StatementPrefix + id;

    /// <summary>A fact's id on the page, e.g. <c>e:north-korea-DEPLOYED->e:kursk-oblast</c>: the same in every view.</summary>
    private static string FactId(string from, string type, string to) => $"{from}-{type}->{to}";

    private Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(
        string cypher, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        client.RunAsync(cypher, parameters, cancellationToken);

    private static string? Text(IReadOnlyDictionary<string, object?> row, string column) =>
        row.TryGetValue(column, out var value) ? value switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString(),
        } : null;

    /// <summary>A list property, or a single value as a one-element list (claimedBy is either).</summary>
    private static IReadOnlyList<string> Strings(object? value) => value switch
    {
        null => [],
        string s => [s],
        IEnumerable<object?> items => items.Where(i => i is not null).Select(i => Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture)!).ToList(),
        _ => [Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!],
    };

    private sealed record RawFact(
        string Id, string From, string To, string Type, string? Date, long? Troops,
        IReadOnlyList<string> ClaimedBy, IReadOnlyList<string> Articles, string? When, string? WhenSource);
}
