using System.Diagnostics;
using System.Runtime;
using System.Text;
using Graph.Core.Articles;
using Graph.Core.Ports;
using Graph.Worker.Ingestion;

namespace Graph.Worker.Benchmarks;

/// <summary>
/// Extraction throughput: every article of a corpus through extract → confidence filter → map, the CPU work
/// that <c>graph ingest</c> does per article, without a database. Articles are streamed from disk, never held.
/// </summary>
internal sealed class ExtractBenchmark(ArticleIngestor ingestor, double minConfidence)
{
    /// <summary>Articles run at least once before timing, so the figures are for jitted, tiered-up code.</summary>
    public const int WarmUpArticles = 200;

    /// <summary>
    /// Warm-up goes on past <see cref="WarmUpArticles"/> until the JIT has been quiet this long: tiering up to
    /// optimised code happens on a background thread, and on a busy machine 200 articles end long before it does,
    /// which measured unoptimised code several times slower than what a long-running worker runs.
    /// </summary>
    private static readonly TimeSpan JitQuiet = TimeSpan.FromMilliseconds(500);

    /// <summary>Warm-up never takes longer than this, even if the JIT keeps compiling rare paths.</summary>
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(30);

    /// <param name="expectedArticles">Files in the corpus, to time each tenth of the run.</param>
    public async Task<ExtractFigures> RunAsync(IArticleSource source, int expectedArticles, int threads, CancellationToken cancellationToken)
    {
        await WarmUpAsync(source, cancellationToken).ConfigureAwait(false);
        var gcBefore = GcActivity.Now();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var tally = new Tally(expectedArticles);
        var wall = Stopwatch.StartNew();
        if (threads == 1)
        {
            await foreach (var file in source.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tally.Add(Prepare(file));
            }
        }
        else
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(source.ReadAsync(cancellationToken), options, (file, _) =>
            {
                tally.Add(Prepare(file));
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);
        }

        wall.Stop();
        var gc = GcActivity.Now() - gcBefore;
        // Allocation of the timed part only, so that it compares between runs, warm-ups and corpus sizes.
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return tally.ToFigures(threads, wall.Elapsed, ProcessMemory.Now() with { AllocatedBytes = allocated }, gc);
    }

    private async Task WarmUpAsync(IArticleSource source, CancellationToken cancellationToken)
    {
        var seen = 0;
        var clock = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        var lastCompiled = clock.Elapsed;
        while (true)
        {
            await foreach (var file in source.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                Prepare(file);
                var now = JitInfo.GetCompiledMethodCount();
                if (now != compiled)
                {
                    (compiled, lastCompiled) = (now, clock.Elapsed);
                }
                if (++seen >= WarmUpArticles && (clock.Elapsed - lastCompiled >= JitQuiet || clock.Elapsed >= MaxWarmUp))
                {
                    return;
                }
            }
            if (seen < WarmUpArticles)
            {
                return; // a corpus smaller than the warm-up is run once, as it always was
            }
        }
    }

    private Sample Prepare(ArticleLoadResult file)
    {
        if (file.Article is not { } article)
        {
            return new Sample(0, 0, 0, TimeSpan.Zero, Failed: true);
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            var prepared = ingestor.Prepare(article, minConfidence);
            return new Sample(Encoding.UTF8.GetByteCount(article.Text), prepared.Counts.Facts, prepared.Counts.Entities, Stopwatch.GetElapsedTime(start), Failed: false);
        }
        catch (ArticleFailedException)
        {
            return new Sample(0, 0, 0, Stopwatch.GetElapsedTime(start), Failed: true);
        }
    }

    private readonly record struct Sample(int TextBytes, int Facts, int Entities, TimeSpan Busy, bool Failed);

    private sealed class Tally(int expectedArticles)
    {
        private readonly Lock gate = new();
        private readonly long start = Stopwatch.GetTimestamp();
        private readonly int perTenth = Math.Max(1, expectedArticles / 10);
        private readonly List<(TimeSpan At, long TextBytes)> tenths = [];
        private int articles, failed, facts, entities;
        private long textBytes;
        private TimeSpan busy;

        public void Add(Sample sample)
        {
            lock (gate)
            {
                if (sample.Failed)
                {
                    failed++;
                }
                else
                {
                    articles++;
                    textBytes += sample.TextBytes;
                    facts += sample.Facts;
                    entities += sample.Entities;
                    busy += sample.Busy;
                }

                if (expectedArticles >= 10 && (articles + failed) % perTenth == 0 && tenths.Count < 10)
                {
                    tenths.Add((Stopwatch.GetElapsedTime(start), textBytes));
                }
            }
        }

        public ExtractFigures ToFigures(int threads, TimeSpan wall, ProcessMemory memory, GcActivity gc) =>
            new(threads, articles, failed, textBytes, facts, entities, wall, busy, memory, gc, MegabytesPerSecondByTenth());

        /// <summary>Throughput of each tenth of the run: flat when extraction keeps its speed as the corpus goes on.</summary>
        private double[] MegabytesPerSecondByTenth()
        {
            var result = new double[tenths.Count];
            var (previousAt, previousBytes) = (TimeSpan.Zero, 0L);
            for (var i = 0; i < tenths.Count; i++)
            {
                var (at, bytes) = tenths[i];
                result[i] = (bytes - previousBytes) / ExtractFigures.Megabyte / Math.Max((at - previousAt).TotalSeconds, 1e-9);
                (previousAt, previousBytes) = (at, bytes);
            }

            return result;
        }
    }
}

/// <param name="Busy">Time spent inside extraction, summed over threads (excludes reading files).</param>
/// <param name="Gc">Collections and pauses during the timed part only.</param>
/// <param name="MegabytesPerSecondByTenth">Text throughput in each tenth of the run, first to last (empty under 10 articles).</param>
internal sealed record ExtractFigures(
    int Threads, int Articles, int Failed, long TextBytes, int Facts, int Entities, TimeSpan Wall, TimeSpan Busy, ProcessMemory Memory,
    GcActivity Gc, IReadOnlyList<double> MegabytesPerSecondByTenth)
{
    public const double Megabyte = 1024.0 * 1024.0;

    /// <summary>Text throughput over wall-clock time, reading included.</summary>
    public double MegabytesPerSecond => TextBytes / Megabyte / Wall.TotalSeconds;

    public double ArticlesPerSecond => Articles / Wall.TotalSeconds;

    /// <summary>Text throughput of one extracting thread: bytes over time spent inside extraction.</summary>
    public double MegabytesPerSecondPerThread => Busy.TotalSeconds > 0 ? TextBytes / Megabyte / Busy.TotalSeconds : 0;

    public double MillisecondsPerArticle => Articles > 0 ? Wall.TotalMilliseconds / Articles : 0;
}
