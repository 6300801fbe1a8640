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
/// </summary>
/// <remarks>No retries here: the store already retries transient failures with backoff before giving up.</remarks>
internal sealed partial class IngestRunner(ArticleIngestor ingestor, IGraphStore store, ILogger<IngestRunner> logger)
{
    public async Task<IngestReport> RunAsync(
        IReadOnlyList<ArticleLoadResult> files, double minConfidence, IIngestProgress progress, CancellationToken cancellationToken)
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

        foreach (var file in files)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return tally.ToReport(null, interrupted: true);
            }

            var path = DisplayPath.For(file.Path);
            progress.FileStarted(path);
            var error = await IngestOneAsync(file, path, minConfidence, progress, tally).ConfigureAwait(false);
            if (error is not null)
            {
                return tally.ToReport(error, interrupted: false);
            }
        }

        return tally.ToReport(null, interrupted: false);
    }

    /// <returns>A database error that must stop the run, or null.</returns>
    private async Task<string?> IngestOneAsync(ArticleLoadResult file, string path, double minConfidence, IIngestProgress progress, Tally tally)
    {
        if (file.Article is not { } article)
        {
            tally.Fail(progress, path, file.Error ?? "could not be read");
            return null;
        }

        PreparedArticle prepared;
        try
        {
            prepared = ingestor.Prepare(article, minConfidence);
        }
        catch (ArticleFailedException e)
        {
            LogArticleFailed(logger, e, path, e.Stage);
            tally.Fail(progress, path, e.Message);
            return null;
        }

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
