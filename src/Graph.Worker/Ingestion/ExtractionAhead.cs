using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Graph.Core.Articles;
using Graph.Core.Extraction;

namespace Graph.Worker.Ingestion;

/// <summary>
/// Reads and extracts the next articles while the current one is written, so the database never waits for
/// extraction. Results come out in input order. At most <see cref="Capacity"/> articles are extracted ahead of
/// the writer (a bounded channel), so memory does not grow with the corpus, and at most <see cref="Parallelism"/>
/// are extracted at once.
/// </summary>
internal sealed class ExtractionAhead(ArticleIngestor ingestor)
{
    /// <summary>
    /// Articles prepared ahead of the writer. A few per core keep every core busy while one write is in flight;
    /// more only hold memory (measured in BENCHMARKS.md: 4 and 32 give the same throughput).
    /// </summary>
    public int Capacity { get; init; } = DefaultCapacity;

    /// <summary>A few articles per core.</summary>
    public static int DefaultCapacity => Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>Articles extracted at once. Default: one per core.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Each file, prepared, in input order. Stopping the enumeration early stops reading; articles already being
    /// extracted are finished and dropped.
    /// </summary>
    public IAsyncEnumerable<PreparedFile> PrepareAsync(
        IAsyncEnumerable<ArticleLoadResult> files, double minConfidence, CancellationToken cancellationToken) =>
        AheadAsync(files, file => Attempt(file, article => ingestor.Prepare(article, minConfidence), (r, f) => new PreparedFile(file, r, f)), cancellationToken);

    /// <summary>
    /// Each file, extracted and filtered but not mapped (<c>graph extract</c>), in input order, with the same bounds
    /// as <see cref="PrepareAsync"/>.
    /// </summary>
    public IAsyncEnumerable<ExtractedFile> ExtractAsync(
        IAsyncEnumerable<ArticleLoadResult> files, double minConfidence, CancellationToken cancellationToken) =>
        AheadAsync(files, file => Attempt(file, article => ingestor.Extract(article, minConfidence), (r, f) => new ExtractedFile(file, r, f)), cancellationToken);

    private async IAsyncEnumerable<T> AheadAsync<T>(
        IAsyncEnumerable<ArticleLoadResult> files, Func<ArticleLoadResult, T> work, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ahead = Channel.CreateBounded<Task<T>>(new BoundedChannelOptions(Capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var slots = new SemaphoreSlim(Parallelism, Parallelism); // not disposed: a dropped extraction may release it late
        var reader = Task.Run(() => ReadAsync(files, work, ahead.Writer, slots, stop.Token), CancellationToken.None);
        try
        {
            while (await ahead.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (ahead.Reader.TryRead(out var next))
                {
                    yield return await next.ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (ahead.Reader.TryRead(out var dropped))
            {
                await ((Task)dropped).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private static async Task ReadAsync<T>(
        IAsyncEnumerable<ArticleLoadResult> files, Func<ArticleLoadResult, T> work, ChannelWriter<Task<T>> ahead, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var file in files.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                var prepared = Task.Run(() =>
                {
                    try
                    {
                        return work(file);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, CancellationToken.None);
                await ahead.WriteAsync(prepared, cancellationToken).ConfigureAwait(false);
            }

            ahead.TryComplete();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ahead.TryComplete();
        }
        catch (Exception e)
        {
            // A failing source ends the run the way it would have without read-ahead: at the writer, in order.
            ahead.TryComplete(e);
        }
    }

    /// <summary>Runs <paramref name="work"/> on a readable file; an article that fails a stage fails alone.</summary>
    private static TFile Attempt<T, TFile>(ArticleLoadResult file, Func<Article, T> work, Func<T?, ArticleFailedException?, TFile> result)
        where T : class
    {
        if (file.Article is not { } article)
        {
            return result(null, null);
        }

        try
        {
            return result(work(article), null);
        }
        catch (ArticleFailedException e)
        {
            return result(null, e);
        }
    }
}

/// <summary>A file after extraction: prepared for the store, unreadable (<see cref="Prepared"/> and <see cref="Failure"/> null), or failed in a stage.</summary>
internal sealed record PreparedFile(ArticleLoadResult File, PreparedArticle? Prepared, ArticleFailedException? Failure);

/// <summary>A file after extraction for <c>graph extract</c>: extracted, unreadable (both null), or failed in a stage.</summary>
internal sealed record ExtractedFile(ArticleLoadResult File, ArticleExtraction? Extraction, ArticleFailedException? Failure);
