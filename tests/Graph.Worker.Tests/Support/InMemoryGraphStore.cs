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

    public Task<bool> RetractArticleAsync(string articleId, CancellationToken cancellationToken) =>
        Task.FromResult(articles.TryRemove(articleId, out _));
}
