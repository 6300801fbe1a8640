using Graph.Core.Graph;
using Graph.Core.Ports;
using Graph.Neo4j.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Neo4j;

/// <summary>
/// Stores articles in Neo4j following the documented graph model:
/// <c>(:Article)-[:MENTIONS {count}]->(:Entity:&lt;Label&gt;)</c>, facts as direct
/// <c>(:Entity)-[:&lt;TYPE&gt; {articles, qualifiers…}]->(:Entity)</c>, <c>(:Entity)-[:STATED {articles}]->(:Statement)-[:ABOUT]->(:Entity)</c>,
/// and <c>(:Evidence)-[:SUBJECT|OBJECT|FROM]</c> provenance, one Evidence node per sentence read, exactly one FROM.
/// Each article is written in one transaction, replacing what a previous version of it contributed.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private const string LookupArticle = "MATCH (a:Article {id: $articleId}) RETURN a.sha256 AS sha256, a.extraction AS extraction";

    private const string LookupArticles = """
        UNWIND $articleIds AS articleId
        MATCH (a:Article {id: articleId})
        RETURN a.id AS id, a.sha256 AS sha256, a.extraction AS extraction
        """;

    private const string ReadLabels = "CALL db.labels() YIELD label RETURN label";

    private readonly Neo4jClient _client;
    private readonly HashSet<string> _labels = new(StringComparer.Ordinal);
    private bool _labelsRead;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public Neo4jGraphStore(Neo4jClient client, ILogger<Neo4jGraphStore>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _time = time ?? TimeProvider.System;
    }

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        var server = await _client.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        var statements = SchemaStatements.ForVersion(server.Major, server.Minor);
        // Schema changes cannot share a transaction with each other on every version: one request each.
        foreach (var ddl in statements)
        {
            try
            {
                await _client.RunInTransactionAsync([new CypherStatement(ddl)], cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException e) when (SchemaStatements.IsAlreadyExists(e.Code))
            {
                // 4.0 has no IF NOT EXISTS: an existing constraint is the state we want.
            }
        }

        Log.SchemaEnsured(_logger, server.Version, statements.Count);
    }

    /// <summary>Most articles in one transaction of <see cref="WriteArticlesAsync"/>; see <see cref="Neo4jOptions.WriteBatchArticles"/>.</summary>
    public int MaxArticlesPerWrite { get; init; } = 50;

    /// <summary>Most rows in one transaction of <see cref="WriteArticlesAsync"/>; see <see cref="Neo4jOptions.WriteBatchRows"/>.</summary>
    public int MaxRowsPerWrite { get; init; } = 5000;

    /// <summary>
    /// Appended to each article's <c>extraction</c>: articles written before summaries were derived from evidence and
    /// mentions (which then carry what they need) count as changed, so ingesting them again migrates the graph.
    /// </summary>
    public const string StoreFormat = "store.derived1";

    public async Task<WriteOutcome> WriteArticleAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        BatchValidator.Validate(batch);
        return (await WriteTransactionAsync([Stamped(batch)], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// Group commit: the articles are cut into transactions of at most <see cref="MaxArticlesPerWrite"/> articles and
    /// <see cref="MaxRowsPerWrite"/> rows, whole articles only, and an id repeated in the input starts a new one. Each
    /// transaction costs one lookup of all its articles and one write, against two requests and a commit per article.
    /// </summary>
    public async Task<IReadOnlyList<WriteOutcome>> WriteArticlesAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        foreach (var batch in batches)
        {
            BatchValidator.Validate(batch);
        }

        batches = batches.Select(Stamped).ToList();

        var outcomes = new List<WriteOutcome>(batches.Count);
        var chunk = new List<GraphBatch>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var batch in batches)
        {
            var size = ArticleWrite.RowCount(batch);
            if (chunk.Count > 0 && (chunk.Count >= MaxArticlesPerWrite || rows + size > MaxRowsPerWrite || ids.Contains(batch.Article.Id)))
            {
                outcomes.AddRange(await WriteTransactionAsync(chunk, cancellationToken).ConfigureAwait(false));
                chunk = [];
                ids.Clear();
                rows = 0;
            }

            chunk.Add(batch);
            ids.Add(batch.Article.Id);
            rows += size;
        }

        if (chunk.Count > 0)
        {
            outcomes.AddRange(await WriteTransactionAsync(chunk, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    /// <summary>Writes validated articles with distinct ids in one transaction, reading and deciding again on a conflict.</summary>
    private async Task<IReadOnlyList<WriteOutcome>> WriteTransactionAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryWriteAsync(batches, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException e) when (ArticleLock.IsConflict(e) && attempt < ArticleLock.MaxAttempts)
            {
                // Another writer committed one of these articles (or deleted an entity they link to) between our read
                // and our write. Nothing of ours was committed: read again and decide again.
                Log.ConcurrentWrite(_logger, ArticleIds(batches), attempt, e.Code);
            }
            catch (Neo4jException e) when (ArticleLock.IsGuardAbort(e))
            {
                throw ArticleLock.GaveUp(ArticleIds(batches), attempt, e);
            }
        }
    }

    private async Task<IReadOnlyList<WriteOutcome>> TryWriteAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken)
    {
        // The commit endpoint cannot branch on a result mid-request, so the state is read first and the write
        // transaction starts with ArticleLock: it locks the Article nodes and aborts the whole transaction if that
        // state changed in between. Two writers of one article id are thereby serialised; the loser reads again.
        var stored = await LookupAsync(batches, cancellationToken).ConfigureAwait(false);
        var outcomes = new WriteOutcome[batches.Count];
        // Runs of articles written by shared statements; a replaced article starts a new run, preceded by the removal
        // of its previous version, so removals and writes interleave exactly as sequential writes would.
        var runs = new List<List<GraphBatch>>();
        var removals = new List<string?>();
        var seen = new List<(string, string?, string?)>(batches.Count);
        for (var i = 0; i < batches.Count; i++)
        {
            var article = batches[i].Article;
            if (!stored.TryGetValue(article.Id, out var state))
            {
                outcomes[i] = WriteOutcome.Created;
            }
            else if (string.Equals(state.Sha256, article.Sha256, StringComparison.Ordinal)
                && string.Equals(state.Extraction, article.Extraction, StringComparison.Ordinal))
            {
                outcomes[i] = WriteOutcome.Unchanged;
                continue;
            }
            else
            {
                outcomes[i] = WriteOutcome.Replaced;
            }

            if (runs.Count == 0 || outcomes[i] == WriteOutcome.Replaced)
            {
                runs.Add([]);
                removals.Add(outcomes[i] == WriteOutcome.Replaced ? article.Id : null);
            }

            runs[^1].Add(batches[i]);
            seen.Add((article.Id, state.Sha256, state.Extraction));
        }

        if (seen.Count > 0)
        {
            var now = _time.GetUtcNow();
            var statements = new List<CypherStatement>
            {
                seen is [var one] ? ArticleLock.Statement(one.Item1, one.Item2, one.Item3) : ArticleLock.Statement(seen),
            };
            var labels = await LabelsAsync(batches.SelectMany(b => b.Entities).Select(e => e.Label), cancellationToken).ConfigureAwait(false);
            for (var r = 0; r < runs.Count; r++)
            {
                if (removals[r] is { } replaced)
                {
                    var keys = await QualifierKeysAsync(replaced, cancellationToken).ConfigureAwait(false);
                    statements.AddRange(ArticleRemoval.Contribution(replaced, keys, labels));
                }

                statements.AddRange(ArticleWrite.Statements(runs[r], now, labels));
            }

            await _client.RunInTransactionAsync(statements, cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < batches.Count; i++)
        {
            var batch = batches[i];
            Log.ArticleWritten(_logger, batch.Article.Id, outcomes[i], batch.Entities.Length, batch.Facts.Length, batch.Evidence.Length);
        }

        return outcomes;
    }

    /// <summary>The stored hash and extraction of those of the articles that exist, by id.</summary>
    private async Task<Dictionary<string, (string? Sha256, string? Extraction)>> LookupAsync(
        IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        if (batches is [var single])
        {
            var rows = await _client.RunAsync(LookupArticle, IdParameter(single.Article.Id), cancellationToken).ConfigureAwait(false);
            if (rows.Count > 0)
            {
                stored[single.Article.Id] = (rows[0]["sha256"] as string, rows[0]["extraction"] as string);
            }

            return stored;
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["articleIds"] = batches.Select(b => b.Article.Id).ToList() };
        foreach (var row in await _client.RunAsync(LookupArticles, parameters, cancellationToken).ConfigureAwait(false))
        {
            stored[(string)row["id"]!] = (row["sha256"] as string, row["extraction"] as string);
        }

        return stored;
    }

    private static GraphBatch Stamped(GraphBatch batch) =>
        batch with { Article = batch.Article with { Extraction = $"{batch.Article.Extraction}+{StoreFormat}" } };

    private static string ArticleIds(IReadOnlyList<GraphBatch> batches) => batches is [var single]
        ? single.Article.Id
        : $"{batches[0].Article.Id}…{batches[^1].Article.Id} ({batches.Count} articles)";

    public async Task<bool> RetractArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        var labels = await LabelsAsync([], cancellationToken).ConfigureAwait(false);
        var keys = await QualifierKeysAsync(articleId, cancellationToken).ConfigureAwait(false);
        var results = await _client.RunInTransactionAsync(ArticleRemoval.Retraction(articleId, keys, labels), cancellationToken).ConfigureAwait(false);
        var existed = results[^1].Rows is [var row] && row["deleted"] is long deleted && deleted > 0;
        Log.ArticleRetracted(_logger, articleId, existed);
        return existed;
    }

    /// <summary>
    /// Every entity type the graph holds (read once) and those about to be written: deriving an entity's type removes
    /// the labels it no longer has most support for, and a label can only be named literally.
    /// </summary>
    private async Task<IReadOnlyCollection<string>> LabelsAsync(IEnumerable<string> adding, CancellationToken cancellationToken)
    {
        if (!Volatile.Read(ref _labelsRead))
        {
            var rows = await _client.RunAsync(ReadLabels, cancellationToken).ConfigureAwait(false);
            lock (_labels)
            {
                foreach (var row in rows)
                {
                    if (row.GetValueOrDefault("label") is string label && CypherIdentifiers.IsEntityLabel(label))
                    {
                        _labels.Add(label);
                    }
                }

                Volatile.Write(ref _labelsRead, true);
            }
        }

        lock (_labels)
        {
            _labels.UnionWith(adding);
            return [.. _labels];
        }
    }

    private async Task<IReadOnlyList<string>> QualifierKeysAsync(string articleId, CancellationToken cancellationToken)
    {
        var rows = await _client.RunAsync(ArticleRemoval.QualifierKeysOfArticle, IdParameter(articleId), cancellationToken).ConfigureAwait(false);
        return rows.Select(r => r["key"] as string).OfType<string>().ToList();
    }

    private static Dictionary<string, object?> IdParameter(string articleId) =>
        new(StringComparer.Ordinal) { ["articleId"] = articleId };
}
