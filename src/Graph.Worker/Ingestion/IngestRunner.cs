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
/// database does not wait for extraction; they are still written, and reported, one at a time in input order.
/// </summary>
/// <remarks>No retries here: the store already retries transient failures with backoff before giving up.</remarks>
internal sealed partial class IngestRunner(ArticleIngestor ingestor, IGraphStore store, ILogger<IngestRunner> logger)
{
    /// <summary>How far and how wide extraction runs ahead of the writer; the benchmarks vary it.</summary>
    public ExtractionAhead Ahead { get; init; } = new(ingestor);

    public Task<IngestReport> RunAsync(
        IReadOnlyList<ArticleLoadResult> files, double minConfidence, IIngestProgress progress, CancellationToken cancellationToken) =>
        RunAsync(Stream(files), minConfidence, progress, cancellationToken);

    /// <summary>Ingests files as they are read: the corpus is never held in memory.</summary>
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
            return tally.ToReport(StoreErrors.Describe(e), interrupted: false);
        }

        // Reading goes on regardless of Ctrl+C: the loop decides, between articles, to stop taking them.
        await foreach (var item in Ahead.PrepareAsync(files, minConfidence, CancellationToken.None).ConfigureAwait(false))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return tally.ToReport(null, interrupted: true);
            }

            var path = DisplayPath.For(item.File.Path);
            progress.FileStarted(path);
            var error = await IngestOneAsync(item, path, progress, tally).ConfigureAwait(false);
            if (error is not null)
            {
                return tally.ToReport(error, interrupted: false);
            }
        }

        return tally.ToReport(null, interrupted: false);
    }

    /// <returns>A database error that must stop the run, or null.</returns>
    private async Task<string?> IngestOneAsync(PreparedFile item, string path, IIngestProgress progress, Tally tally)
    {
        if (item.File.Article is not { } article)
        {
            tally.Fail(progress, path, item.File.Error ?? "could not be read");
            return null;
        }

        if (item.Failure is { } failure)
        {
            LogArticleFailed(logger, failure, path, failure.Stage);
            tally.Fail(progress, path, failure.Message);
            return null;
        }

        var prepared = item.Prepared!;

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
            tally.Fail(progress, path, "not written: " + StoreErrors.Describe(e));
            return StoreErrors.Describe(e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogWriteRejected(logger, e, article.Id);
            tally.Fail(progress, path, "the database refused the article: " + StoreErrors.Describe(e));
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
