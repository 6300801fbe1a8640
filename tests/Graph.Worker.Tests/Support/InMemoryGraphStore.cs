using System.Collections.Concurrent;
using Graph.Core.Graph;
using Graph.Core.Ports;

namespace Graph.Worker.Tests.Support;

/// <summary>
/// A graph store in memory: keeps the last batch per article and answers Created/Replaced/Unchanged by hash,
/// like the real one. Failures to simulate are queued and thrown by the next calls, in order.
/// </summary>
internal sealed class InMemoryGraphStore : IGraphStore
{
    private readonly ConcurrentQueue<Exception> schemaFailures = new();
    private readonly ConcurrentQueue<Exception> writeFailures = new();
    private readonly ConcurrentDictionary<string, GraphBatch> articles = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> writes = new();

    public int SchemaCalls { get; private set; }

    public int WriteAttempts { get; private set; }

    /// <summary>Ids of the articles written successfully, in order, repeats included.</summary>
    public IReadOnlyList<string> Writes => [.. writes];

    public IReadOnlyDictionary<string, GraphBatch> Articles => articles;

    /// <summary>Called at each write attempt, before the outcome: lets a test act while a write is in hand.</summary>
    public Action<GraphBatch>? OnWrite { get; set; }

    public InMemoryGraphStore FailSchemaWith(Exception error)
    {
        schemaFailures.Enqueue(error);
        return this;
    }

    public InMemoryGraphStore FailNextWritesWith(Exception error, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            writeFailures.Enqueue(error);
        }

        return this;
    }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        SchemaCalls++;
        return schemaFailures.TryDequeue(out var error) ? Task.FromException(error) : Task.CompletedTask;
    }

    public Task<WriteOutcome> WriteArticleAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        WriteAttempts++;
        OnWrite?.Invoke(batch);
        if (batch.Article.Id == RefusedArticleId)
        {
            return Task.FromException<WriteOutcome>(new Graph.Neo4j.Neo4jException("Neo.ClientError.Statement.SyntaxError", "refused", Graph.Neo4j.Neo4jErrorKind.Refused));
        }

        if (writeFailures.TryDequeue(out var error))
        {
            return Task.FromException<WriteOutcome>(error);
        }

        var id = batch.Article.Id;
        var outcome = !articles.TryGetValue(id, out var previous) ? WriteOutcome.Created
            : previous.Article.Sha256 == batch.Article.Sha256 ? WriteOutcome.Unchanged
            : WriteOutcome.Replaced;
        articles[id] = batch;
        writes.Enqueue(id);
        return Task.FromResult(outcome);
    }

    /// <summary>Articles per batch call; 1 (the default) makes callers write one article at a time.</summary>
    public int MaxArticlesPerWrite { get; set; } = 1;

    /// <summary>The size of each batch call, in order.</summary>
    public ConcurrentQueue<int> BatchCalls { get; } = new();

    /// <summary>An article the database refuses, alone or in a batch (a batch holding it is refused whole, nothing written).</summary>
    public string? RefusedArticleId { get; set; }

    public async Task<IReadOnlyList<WriteOutcome>> WriteArticlesAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken)
    {
        BatchCalls.Enqueue(batches.Count);
        if (batches.Any(b => b.Article.Id == RefusedArticleId))
        {
            throw new Graph.Neo4j.Neo4jException("Neo.ClientError.Statement.SyntaxError", "refused", Graph.Neo4j.Neo4jErrorKind.Refused);
        }

        var outcomes = new List<WriteOutcome>();
        foreach (var batch in batches)
        {
            outcomes.Add(await WriteArticleAsync(batch, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    public Task<bool> RetractArticleAsync(string articleId, CancellationToken cancellationToken) =>
        Task.FromResult(articles.TryRemove(articleId, out _));
}
