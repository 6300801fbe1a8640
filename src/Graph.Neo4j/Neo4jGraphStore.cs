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

    private readonly Neo4jClient _client;
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

    public async Task<WriteOutcome> WriteArticleAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        BatchValidator.Validate(batch);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryWriteAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException e) when (ArticleLock.IsConflict(e) && attempt < ArticleLock.MaxAttempts)
            {
                // Another writer committed this article (or deleted an entity this one links to) between our read and
                // our write. Nothing of ours was committed: read again and decide again.
                Log.ConcurrentWrite(_logger, batch.Article.Id, attempt, e.Code);
            }
            catch (Neo4jException e) when (ArticleLock.IsGuardAbort(e))
            {
                throw ArticleLock.GaveUp(batch.Article.Id, attempt, e);
            }
        }
    }

    private async Task<WriteOutcome> TryWriteAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        var articleId = batch.Article.Id;

        // The commit endpoint cannot branch on a result mid-request, so the state is read first and the write
        // transaction starts with ArticleLock: it locks the Article node and aborts the whole transaction if that
        // state changed in between. Two writers of one article id are thereby serialised; the loser reads again.
        var existing = await _client.RunAsync(LookupArticle, IdParameter(articleId), cancellationToken).ConfigureAwait(false);
        var storedSha = existing.Count > 0 ? existing[0]["sha256"] as string : null;
        var storedExtraction = existing.Count > 0 ? existing[0]["extraction"] as string : null;
        if (existing.Count > 0 && string.Equals(storedSha, batch.Article.Sha256, StringComparison.Ordinal)
            && string.Equals(storedExtraction, batch.Article.Extraction, StringComparison.Ordinal))
        {
            Log.ArticleWritten(_logger, articleId, WriteOutcome.Unchanged, batch.Entities.Length, batch.Facts.Length, batch.Evidence.Length);
            return WriteOutcome.Unchanged;
        }

        var outcome = existing.Count > 0 ? WriteOutcome.Replaced : WriteOutcome.Created;
        var statements = new List<CypherStatement> { ArticleLock.Statement(articleId, storedSha, storedExtraction) };
        if (outcome == WriteOutcome.Replaced)
        {
            statements.AddRange(ArticleRemoval.Contribution(articleId));
        }

        statements.AddRange(ArticleWrite.Statements(batch, _time.GetUtcNow()));
        await _client.RunInTransactionAsync(statements, cancellationToken).ConfigureAwait(false);
        Log.ArticleWritten(_logger, articleId, outcome, batch.Entities.Length, batch.Facts.Length, batch.Evidence.Length);
        return outcome;
    }

    public async Task<bool> RetractArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        var results = await _client.RunInTransactionAsync(ArticleRemoval.Retraction(articleId), cancellationToken).ConfigureAwait(false);
        var existed = results[^1].Rows is [var row] && row["deleted"] is long deleted && deleted > 0;
        Log.ArticleRetracted(_logger, articleId, existed);
        return existed;
    }

    private static Dictionary<string, object?> IdParameter(string articleId) =>
        new(StringComparer.Ordinal) { ["articleId"] = articleId };
}
