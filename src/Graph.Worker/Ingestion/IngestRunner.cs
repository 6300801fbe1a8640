using System.Collections.Immutable;
using Graph.Core.Articles;
using Graph.Core.Graph;
using Graph.Core.Ports;
using Graph.Worker.Output;
using Microsoft.Extensions.Logging;

namespace Graph.Worker.Ingestion;

/// <summary>
/// The ingest loop of <c>graph ingest</c>: schema first, then each file in turn. A broken file is reported and
/// skipped; an unreachable database stops the run, since every following write would fail the same way.
/// Files are read and extracted ahead of the writer (<see cref="ExtractionAhead"/>), on the other cores, so the
/// database does not wait for extraction; the articles ready when the writer is free are written in one store call
/// (group commit, whole articles per transaction), and reported one at a time in input order.
/// </summary>
/// <remarks>No retries here: the store already retries transient failures with backoff before giving up.</remarks>
internal sealed partial class IngestRunner(ArticleIngestor ingestor, IGraphStore store, ILogger<IngestRunner> logger)
{
    /// <summary>
    /// How far and how wide extraction runs ahead of the writer; the benchmarks vary it. By default at least one
    /// store batch (<see cref="IGraphStore.MaxArticlesPerWrite"/>) is prepared while the previous one is written.
    /// </summary>
    public ExtractionAhead Ahead { get; init; } = new(ingestor) { Capacity = DefaultCapacity(store) };

    /// <summary>Articles prepared ahead by default: enough for the store's batches, and a few per core.</summary>
    public static int DefaultCapacity(IGraphStore store) => Math.Max(ExtractionAhead.DefaultCapacity, store.MaxArticlesPerWrite);

    public Task<IngestReport> RunAsync(
        IReadOnlyList<ArticleLoadResult> files, double minConfidence, IIngestProgress progress, CancellationToken cancellationToken) =>
        RunAsync(Stream(files), minConfidence, progress, cancellationToken);

    /// <summary>
    /// Ingests files as they are read: the corpus is never held in memory. Articles ready when the writer is free
    /// are written together (up to the store's <see cref="IGraphStore.MaxArticlesPerWrite"/>): the writer never
    /// waits for a batch to fill, it takes what extraction has finished. Progress is still reported file by file,
    /// in input order, once the batch holding the file is written.
    /// </summary>
    public async Task<IngestReport> RunAsync(
        IAsyncEnumerable<ArticleLoadResult> files, double minConfidence, IIngestProgress progress, CancellationToken cancellationToken)
    {
        var tally = new Tally();
        try
        {
            await store.EnsureSchemaAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Without a schema nothing can be written: whatever the cause, the run stops here.
            return tally.ToReport(ErrorText.OneLine(e), interrupted: false);
        }

        var maxBatch = Math.Max(1, store.MaxArticlesPerWrite);
        var pending = new List<PreparedFile>(maxBatch);

        // Reading goes on regardless of Ctrl+C: the loop decides, between batches, to stop taking them.
        var items = Ahead.PrepareAsync(files, minConfidence, CancellationToken.None).GetAsyncEnumerator(CancellationToken.None);
        try
        {
            while (true)
            {
                var next = items.MoveNextAsync();
                if (!next.IsCompleted && pending.Count > 0)
                {
                    // Extraction has nothing ready: write what is in hand rather than wait.
                    if (await FlushAsync(pending, progress, tally).ConfigureAwait(false) is { } stopped)
                    {
                        // The enumerator cannot be disposed while a MoveNextAsync is pending.
                        await ((Task)next.AsTask()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                        return tally.ToReport(stopped, interrupted: false);
                    }
                }

                var more = await next.ConfigureAwait(false);
                if (more && cancellationToken.IsCancellationRequested)
                {
                    // Articles in hand but not yet sent are dropped with the rest: nothing of them was written.
                    return tally.ToReport(null, interrupted: true);
                }

                if (more)
                {
                    pending.Add(items.Current);
                }

                if (pending.Count >= maxBatch || (!more && pending.Count > 0))
                {
                    if (await FlushAsync(pending, progress, tally).ConfigureAwait(false) is { } stopped)
                    {
                        return tally.ToReport(stopped, interrupted: false);
                    }
                }

                if (!more)
                {
                    return tally.ToReport(null, interrupted: false);
                }
            }
        }
        finally
        {
            await items.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Writes the files in hand, in one store call when there are several articles, and reports them in order.</summary>
    /// <returns>A database error that must stop the run, or null.</returns>
    private async Task<string?> FlushAsync(List<PreparedFile> pending, IIngestProgress progress, Tally tally)
    {
        try
        {
            var writable = pending.Where(Writable).Select(p => p.Prepared!.Batch).ToList();
            if (writable.Count > 1)
            {
                IReadOnlyList<WriteOutcome>? outcomes = null;
                try
                {
                    // The batch in hand is finished even after Ctrl+C: each of its transactions is never cut short.
                    outcomes = await store.WriteArticlesAsync(writable, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception e) when (StoreErrors.Classify(e) is StoreErrorKind.Unreachable)
                {
                    foreach (var item in pending)
                    {
                        var path = DisplayPath.For(item.File.Path);
                        progress.FileStarted(path);
                        if (!ReportUnwritable(item, path, progress, tally))
                        {
                            tally.Fail(progress, path, "not written: " + ErrorText.OneLine(e));
                        }
                    }

                    return ErrorText.OneLine(e);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // One article may be the cause: write them one at a time (idempotent) so only it fails.
                    LogBatchRefused(logger, e, writable.Count);
                }

                if (outcomes is not null)
                {
                    var k = 0;
                    foreach (var item in pending)
                    {
                        var path = DisplayPath.For(item.File.Path);
                        progress.FileStarted(path);
                        if (!ReportUnwritable(item, path, progress, tally))
                        {
                            var prepared = item.Prepared!;
                            tally.Add(outcomes[k++], prepared.Counts);
                            progress.FileWritten(path, outcomes[k - 1], prepared.Counts);
                        }
                    }

                    return null;
                }
            }

            foreach (var item in pending)
            {
                var path = DisplayPath.For(item.File.Path);
                progress.FileStarted(path);
                if (await IngestOneAsync(item, path, progress, tally).ConfigureAwait(false) is { } error)
                {
                    return error;
                }
            }

            return null;
        }
        finally
        {
            pending.Clear();
        }
    }

    private static bool Writable(PreparedFile item) => item.File.Article is not null && item.Failure is null && item.Prepared is not null;

    /// <summary>Reports a file that has nothing to write (unreadable, or failed in a stage); false for a writable one.</summary>
    private bool ReportUnwritable(PreparedFile item, string path, IIngestProgress progress, Tally tally)
    {
        if (item.File.Article is null)
        {
            tally.Fail(progress, path, item.File.Error ?? "could not be read");
            return true;
        }

        if (item.Failure is { } failure)
        {
            LogArticleFailed(logger, failure, path, failure.Stage);
            tally.Fail(progress, path, failure.Message);
            return true;
        }

        return false;
    }

    /// <returns>A database error that must stop the run, or null.</returns>
    private async Task<string?> IngestOneAsync(PreparedFile item, string path, IIngestProgress progress, Tally tally)
    {
        if (ReportUnwritable(item, path, progress, tally))
        {
            return null;
        }

        var prepared = item.Prepared!;
        var article = item.File.Article!;

        try
        {
            // The article in hand is finished even after Ctrl+C: the write is one transaction, never cut short.
            var outcome = await store.WriteArticleAsync(prepared.Batch, CancellationToken.None).ConfigureAwait(false);
            tally.Add(outcome, prepared.Counts);
            progress.FileWritten(path, outcome, prepared.Counts);
            return null;
        }
        catch (Exception e) when (StoreErrors.Classify(e) is StoreErrorKind.Unreachable)
        {
            tally.Fail(progress, path, "not written: " + ErrorText.OneLine(e));
            return ErrorText.OneLine(e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogWriteRejected(logger, e, article.Id);
            tally.Fail(progress, path, "the database refused the article: " + ErrorText.OneLine(e));
            return null;
        }
    }

    private static async IAsyncEnumerable<ArticleLoadResult> Stream(IReadOnlyList<ArticleLoadResult> files)
    {
        foreach (var file in files)
        {
            yield return file;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Article {Path} failed at stage {Stage}")]
    private static partial void LogArticleFailed(ILogger logger, Exception error, string path, string stage);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "The database refused article {ArticleId}")]
    private static partial void LogWriteRejected(ILogger logger, Exception error, string articleId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "The database refused a batch of {Count} articles; writing them one at a time")]
    private static partial void LogBatchRefused(ILogger logger, Exception error, int count);

    private sealed class Tally
    {
        private readonly ImmutableArray<FailedFile>.Builder failed = ImmutableArray.CreateBuilder<FailedFile>();
        private int created, replaced, unchanged, entities, facts, rejected, belowConfidence;

        public void Add(WriteOutcome outcome, ArticleCounts counts)
        {
            switch (outcome)
            {
                case WriteOutcome.Created: created++; break;
                case WriteOutcome.Replaced: replaced++; break;
                default: unchanged++; break;
            }

            entities += counts.Entities;
            facts += counts.Facts;
            rejected += counts.RejectedByOntology;
            belowConfidence += counts.BelowConfidence;
        }

        public void Fail(IIngestProgress progress, string path, string reason)
        {
            failed.Add(new FailedFile(path, reason));
            progress.FileFailed(path, reason);
        }

        public IngestReport ToReport(string? databaseError, bool interrupted) => new(
            created, replaced, unchanged, entities, facts, rejected, belowConfidence, failed.ToImmutable(), databaseError, interrupted);
    }
}
