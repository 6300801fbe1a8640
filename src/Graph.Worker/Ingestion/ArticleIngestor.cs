using System.Globalization;
using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Core.Graph;
using Graph.Core.Ports;

namespace Graph.Worker.Ingestion;

/// <summary>
/// The per-article flow shared by <c>graph ingest</c>, <c>graph run</c> and <c>graph extract</c>: extract, drop
/// low-confidence facts, map. Writing stays with the caller, which owns the retry policy for database errors.
/// </summary>
/// <remarks>
/// An article over one of the <see cref="ArticleLimits"/> fails alone: one that gives more relations than allowed
/// before anything of it is mapped, one whose extraction takes longer than allowed when the time is up. A
/// computation cannot be stopped from outside in .NET: the late extraction is abandoned, runs to its end on its own
/// thread and its result is dropped; the size limits bound how long that can be.
/// </remarks>
internal sealed class ArticleIngestor(
    IArticleExtractor extractor, Func<ArticleExtraction, GraphBatch> map, ArticleLimits? limits = null, TimeProvider? time = null)
{
    private readonly ArticleLimits _limits = limits ?? ArticleLimits.Default;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Extracts and filters one article; throws <see cref="ArticleFailedException"/> when the extractor does.</summary>
    public ArticleExtraction Extract(Article article, double minConfidence) =>
        ConfidenceFilter.Apply(ExtractRaw(article), minConfidence);

    /// <summary>Extracts, filters and maps one article; throws <see cref="ArticleFailedException"/> naming the stage.</summary>
    public PreparedArticle Prepare(Article article, double minConfidence)
    {
        var raw = ExtractRaw(article);
        var extraction = ConfidenceFilter.Apply(raw, minConfidence);
        GraphBatch batch;
        try
        {
            batch = map(extraction);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ArticleFailedException("mapping", article.Id, e);
        }

        var counts = new ArticleCounts(
            extraction.Entities.Length,
            extraction.Relations.Length,
            RejectedByOntology: raw.Rejected.Length,
            BelowConfidence: raw.Relations.Length - extraction.Relations.Length);
        return new PreparedArticle(extraction, batch, counts);
    }

    private ArticleExtraction ExtractRaw(Article article)
    {
        ArticleExtraction extraction;
        try
        {
            extraction = article.Text.Length < ArticleLimits.WatchedFromChars ? extractor.Extract(article) : ExtractWatched(article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The port promises never to throw; if it does, only this article is lost.
            throw new ArticleFailedException("extraction", article.Id, e);
        }

        var relations = extraction.Relations.Length;
        if (relations > _limits.MaxRelations)
        {
            throw new ArticleFailedException("extraction", article.Id, new ArticleLimitException(string.Create(CultureInfo.InvariantCulture,
                $"it gives {relations:N0} relations, more than Graph:MaxRelationsPerArticle allows ({_limits.MaxRelations:N0}); nothing of it was written")));
        }

        var longest = LongestStatement(extraction);
        if (longest > _limits.MaxStatementChars)
        {
            throw new ArticleFailedException("extraction", article.Id, new ArticleLimitException(string.Create(CultureInfo.InvariantCulture,
                $"one of its facts stores a sentence of {longest:N0} characters, more than Graph:MaxStatementChars allows ({_limits.MaxStatementChars:N0}); nothing of it was written")));
        }

        return extraction;
    }

    private static int LongestStatement(ArticleExtraction extraction)
    {
        var longest = 0;
        foreach (var fact in extraction.Relations)
        {
            longest = Math.Max(longest, Math.Max(fact.Sentence.Length, fact.Statement?.Text.Length ?? 0));
        }

        return longest;
    }

    /// <summary>
    /// Extracts on a thread of its own, waiting at most <see cref="ArticleLimits.FileTimeout"/>; past it, the
    /// extraction is cancelled (it checks sentence by sentence), so an abandoned article stops using a core.
    /// </summary>
    private ArticleExtraction ExtractWatched(Article article)
    {
        using var limit = new CancellationTokenSource();
        var token = limit.Token;
        // The clock starts before the work does: whatever the work has begun, the limit is already running.
        var deadline = Task.Delay(_limits.FileTimeout, _time);
        var work = Task.Factory.StartNew(() => extractor.Extract(article, token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        // Waiting on WhenAny, not on the task: waiting on a task may run it inline, out of reach of the timeout.
        if (Task.WhenAny(work, deadline).GetAwaiter().GetResult() != work)
        {
            limit.Cancel();
            _ = work.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
            throw new ArticleLimitException(
                $"it took longer than Graph:FileTimeout allows ({_limits.DescribeTimeout()}); it was abandoned");
        }

        return work.GetAwaiter().GetResult();
    }
}
