using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Graph.Core.Articles;

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
    public async IAsyncEnumerable<PreparedFile> PrepareAsync(
        IAsyncEnumerable<ArticleLoadResult> files, double minConfidence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ahead = Channel.CreateBounded<Task<PreparedFile>>(new BoundedChannelOptions(Capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var slots = new SemaphoreSlim(Parallelism, Parallelism); // not disposed: a dropped extraction may release it late
        var reader = Task.Run(() => ReadAsync(files, minConfidence, ahead.Writer, slots, stop.Token), CancellationToken.None);
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

    private async Task ReadAsync(
        IAsyncEnumerable<ArticleLoadResult> files, double minConfidence, ChannelWriter<Task<PreparedFile>> ahead, SemaphoreSlim slots, CancellationToken cancellationToken)
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
                        return Prepare(file, minConfidence);
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

    private PreparedFile Prepare(ArticleLoadResult file, double minConfidence)
    {
        if (file.Article is not { } article)
        {
            return new PreparedFile(file, null, null);
        }

        try
        {
            return new PreparedFile(file, ingestor.Prepare(article, minConfidence), null);
        }
        catch (ArticleFailedException e)
        {
            return new PreparedFile(file, null, e);
        }
    }
}

/// <summary>A file after extraction: prepared for the store, unreadable (<see cref="Prepared"/> and <see cref="Failure"/> null), or failed in a stage.</summary>
internal sealed record PreparedFile(ArticleLoadResult File, PreparedArticle? Prepared, ArticleFailedException? Failure);
