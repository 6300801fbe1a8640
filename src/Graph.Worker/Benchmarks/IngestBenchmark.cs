using System.Diagnostics;
using Graph.Core.Graph;
using Graph.Core.Ports;
using Graph.Extraction.Loading;
using Graph.Neo4j;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Logging;

namespace Graph.Worker.Benchmarks;

/// <summary>
/// Ingest throughput into a real Neo4j: our ingest (the same <see cref="IngestRunner"/> as <c>graph ingest</c>,
/// extraction ahead of one writer, group commit) against the baseline (<see cref="BaselineWriter"/>)
/// writing the same nodes and relationships. Each side starts from an empty database.
/// </summary>
internal sealed class IngestBenchmark(
    Neo4jClient client, IGraphStore store, ArticleIngestor ingestor, ILogger<IngestRunner> logger, double minConfidence)
{
    /// <summary>Articles each side writes, untimed, before the first timed run.</summary>
    public const int WarmUpArticles = 200;

    /// <summary>Copies the first <see cref="WarmUpArticles"/> files of the corpus (in name order) into <paramref name="target"/>.</summary>
    public static void CopyFirstArticles(string corpus, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in new FileArticleSource([corpus]).ListFiles(out _).Take(WarmUpArticles))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    public async Task<IngestFigures> RunOursAsync(string corpus, int ahead, CancellationToken cancellationToken)
    {
        await WipeAsync(cancellationToken).ConfigureAwait(false);
        var runner = new IngestRunner(ingestor, store, logger) { Ahead = new ExtractionAhead(ingestor) { Capacity = ahead } };
        var progress = new DecileProgress(new FileArticleSource([corpus]).ListFiles(out _).Length);
        var wall = Stopwatch.StartNew();
        var report = await runner.RunAsync(new FileArticleSource([corpus]).ReadAsync(CancellationToken.None), minConfidence, progress, cancellationToken)
            .ConfigureAwait(false);
        wall.Stop();
        if (report.DatabaseError is { } error)
        {
            throw new InvalidOperationException($"our ingest stopped: {error}");
        }

        return new IngestFigures("ours", report.Articles, report.Failed.Length, report.Facts, wall.Elapsed, progress.Deciles(), ProcessMemory.Now());
    }

    /// <summary>Extracts the corpus once, untimed, into a spool file for the baseline.</summary>
    public async Task<int> SpoolAsync(string corpus, string spool, CancellationToken cancellationToken)
    {
        var count = 0;
        await BatchSpool.WriteAsync(spool, Prepared(), cancellationToken).ConfigureAwait(false);
        return count;

        async IAsyncEnumerable<SpooledBatch> Prepared()
        {
            var ahead = new ExtractionAhead(ingestor);
            await foreach (var item in ahead.PrepareAsync(new FileArticleSource([corpus]).ReadAsync(CancellationToken.None), minConfidence, cancellationToken)
                .ConfigureAwait(false))
            {
                if (item.Prepared is { } prepared)
                {
                    count++;
                    yield return new SpooledBatch(prepared.Batch, prepared.Counts.Facts);
                }
            }
        }
    }

    public async Task<IngestFigures> RunBaselineAsync(string spool, int batchRows, CancellationToken cancellationToken)
    {
        await WipeAsync(cancellationToken).ConfigureAwait(false);
        var total = File.ReadLines(spool).Count();
        var progress = new DecileProgress(total);
        var writer = new BaselineWriter(client, batchRows);
        int articles = 0, facts = 0;
        var wall = Stopwatch.StartNew();
        foreach (var spooled in BatchSpool.Read(spool))
        {
            await writer.AddAsync(spooled.Batch, cancellationToken).ConfigureAwait(false);
            articles++;
            facts += spooled.Facts;
            progress.FileWritten("", WriteOutcome.Created, default);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        wall.Stop();
        return new IngestFigures($"baseline({batchRows} rows)", articles, 0, facts, wall.Elapsed, progress.Deciles(), ProcessMemory.Now());
    }

    /// <summary>Empties the database in bounded transactions (one huge DETACH DELETE would exhaust the heap); the schema stays.</summary>
    public async Task WipeAsync(CancellationToken cancellationToken)
    {
        // Relationships first, in bounded chunks: a DETACH DELETE of hub entities after a 50,000-article run held
        // so many locks that the schema statement which followed deadlocked. The schema comes last, on an empty graph.
        await DeleteInChunksAsync("MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted", cancellationToken).ConfigureAwait(false);
        await DeleteInChunksAsync("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted", cancellationToken).ConfigureAwait(false);
        await store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteInChunksAsync(string statement, CancellationToken cancellationToken)
    {
        while (true)
        {
            var rows = await client.RunAsync(statement, cancellationToken).ConfigureAwait(false);
            if (rows is not [var row] || row["deleted"] is not long deleted || deleted == 0)
            {
                return;
            }
        }
    }

    /// <summary>Times each tenth of the run, to show whether time per article stays flat as the graph grows.</summary>
    private sealed class DecileProgress(int total) : IIngestProgress
    {
        private readonly long start = Stopwatch.GetTimestamp();
        private readonly List<TimeSpan> marks = [];
        private int done;

        public void FileStarted(string path)
        {
        }

        public void FileWritten(string path, WriteOutcome outcome, ArticleCounts counts) => Done();

        public void FileFailed(string path, string reason) => Done();

        public IReadOnlyList<double> Deciles()
        {
            var perDecile = Math.Max(1, total / 10);
            var previous = TimeSpan.Zero;
            var result = new List<double>();
            foreach (var mark in marks)
            {
                result.Add((mark - previous).TotalMilliseconds / perDecile);
                previous = mark;
            }

            return result;
        }

        private void Done()
        {
            done++;
            if (total >= 10 && done % (total / 10) == 0 && marks.Count < 10)
            {
                marks.Add(Stopwatch.GetElapsedTime(start));
            }
        }
    }
}

/// <param name="MillisecondsPerArticleByDecile">Time per article in each tenth of the run, first to last.</param>
internal sealed record IngestFigures(
    string Side, int Articles, int Failed, int Facts, TimeSpan Wall, IReadOnlyList<double> MillisecondsPerArticleByDecile, ProcessMemory Memory)
{
    public double ArticlesPerSecond => Articles / Wall.TotalSeconds;

    public double FactsPerSecond => Facts / Wall.TotalSeconds;
}
