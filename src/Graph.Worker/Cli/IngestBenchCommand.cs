using System.CommandLine;
using System.Globalization;
using Graph.Core.Ports;
using Graph.Neo4j;
using Graph.Worker.Benchmarks;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph bench ingest</c>: our ingest and the UNWIND-MERGE baseline into the same Neo4j, in the same run,
/// each from an empty database. Both sides run once untimed on the first articles first, so neither meets a cold
/// server (or cold JIT); then the side that goes first alternates from run to run. The database is wiped: it is
/// the dedicated benchmark instance unless NEO4J_URI points elsewhere.
/// </summary>
internal static class IngestBenchCommand
{
    /// <summary>Rows per baseline transaction; the best of 1,000 / 5,000 / 20,000 measured (BENCHMARKS.md).</summary>
    public const int DefaultBaselineRows = 5000;

    public static Command Create()
    {
        var command = new Command("ingest", "Ingest throughput (articles/s, facts/s) into Neo4j against a plain UNWIND-MERGE baseline; WIPES the database.");
        var articles = BenchCommand.ArticlesOption(1000);
        var seed = BenchCommand.SeedOption();
        var language = BenchCommand.LanguageOption();
        var corpus = BenchCommand.CorpusOption();
        var runs = new Option<int>("--runs") { Description = "Pairs to run, alternating which side goes first; medians are printed. Default 1.", DefaultValueFactory = _ => 1 };
        var rows = new Option<int>("--baseline-rows") { Description = $"Rows per baseline transaction. Default {DefaultBaselineRows}.", DefaultValueFactory = _ => DefaultBaselineRows };
        var ahead = new Option<int>("--ahead") { Description = "Articles extracted ahead of our writer. Default: the ingest default.", DefaultValueFactory = _ => 0 };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Measure our ingest only." };
        foreach (var option in new Option[] { articles, seed, language, corpus, runs, rows, ahead, noBaseline })
        {
            command.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, async console =>
        {
            var directory = await BenchCommand.EnsureCorpusAsync(
                parseResult.GetValue(corpus), parseResult.GetValue(articles), parseResult.GetValue(seed),
                BenchCommand.ParseLanguage(parseResult.GetValue(language)), console.Output).ConfigureAwait(false);

            using var bench = await BenchHost.StartAsync(console.Output, configure: null, cancellationToken).ConfigureAwait(false);
            if (bench.Dedicated && await CountNodesAsync(bench.Services.GetRequiredService<Neo4jClient>(), cancellationToken).ConfigureAwait(false) is var nodes
                && nodes > BenchNeo4j.ResetAboveNodes)
            {
                await BenchNeo4j.ResetAsync(nodes, console.Output, cancellationToken).ConfigureAwait(false);
            }

            var benchmark = bench.Ingest();
            var aheadCount = parseResult.GetValue(ahead) is > 0 and var given ? given : IngestRunner.DefaultCapacity(bench.Store);
            var baselineRows = parseResult.GetValue(rows);
            await console.Output.WriteLineAsync(
                $"corpus {BenchCommand.DisplayPath(directory)}; {Environment.ProcessorCount} cores; Neo4j {SafeUri.Redact(bench.Neo4jUri)}; " +
                $"ahead {aheadCount}; baseline {baselineRows} rows per transaction").ConfigureAwait(false);

            var withBaseline = !parseResult.GetValue(noBaseline);
            var spool = withBaseline ? Path.Combine(Path.GetTempPath(), $"graph-bench-{Environment.ProcessId}.spool") : null;
            var ours = new List<IngestFigures>();
            var baselines = new List<IngestFigures>();
            try
            {
                if (spool is not null)
                {
                    await benchmark.SpoolAsync(directory, spool, cancellationToken).ConfigureAwait(false);
                }

                await console.Output.WriteLineAsync(await WarmUpAsync(benchmark, directory, aheadCount, baselineRows, withBaseline, cancellationToken).ConfigureAwait(false))
                    .ConfigureAwait(false);
                for (var run = 1; run <= Math.Max(1, parseResult.GetValue(runs)); run++)
                {
                    // Odd runs put our side first, even runs the baseline: neither always meets the server as the other left it.
                    var baselineFirst = spool is not null && run % 2 == 0;
                    if (baselineFirst)
                    {
                        baselines.Add(await benchmark.RunBaselineAsync(spool!, baselineRows, cancellationToken).ConfigureAwait(false));
                        await console.Output.WriteLineAsync(BenchReport.Ingest(run, baselines[^1])).ConfigureAwait(false);
                    }

                    ours.Add(await benchmark.RunOursAsync(directory, aheadCount, cancellationToken).ConfigureAwait(false));
                    await console.Output.WriteLineAsync(BenchReport.Ingest(run, ours[^1])).ConfigureAwait(false);
                    if (spool is not null && !baselineFirst)
                    {
                        baselines.Add(await benchmark.RunBaselineAsync(spool, baselineRows, cancellationToken).ConfigureAwait(false));
                        await console.Output.WriteLineAsync(BenchReport.Ingest(run, baselines[^1])).ConfigureAwait(false);
                    }

                    if (spool is not null)
                    {
                        await console.Output.WriteLineAsync(BenchReport.Ratio(run, ours[^1], baselines[^1], baselineFirst)).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                if (spool is not null)
                {
                    File.Delete(spool);
                }
            }

            var summary = BenchReport.IngestSummary(ours, baselines);
            summary += $"; peak working set after our first run={ProcessMemory.Megabytes(ours[0].Memory.PeakWorkingSetBytes)}";
            await console.Output.WriteLineAsync(summary).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Runs both sides once, untimed, on the first <see cref="IngestBenchmark.WarmUpArticles"/> articles: the server's
    /// JIT, caches and store files, and ours, are warm before the first timed run, whichever side it is.
    /// </summary>
    private static async Task<string> WarmUpAsync(
        IngestBenchmark benchmark, string corpus, int ahead, int baselineRows, bool withBaseline, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("graph-bench-warm-");
        var spool = Path.Combine(folder.FullName, "warm.spool");
        try
        {
            var articles = Path.Combine(folder.FullName, "articles");
            IngestBenchmark.CopyFirstArticles(corpus, articles);
            var ours = await benchmark.RunOursAsync(articles, ahead, cancellationToken).ConfigureAwait(false);
            var line = string.Create(CultureInfo.InvariantCulture, $"warm-up (not counted) ours articles={ours.Articles} wall={ours.Wall.TotalSeconds:0.00}s");
            if (withBaseline)
            {
                await benchmark.SpoolAsync(articles, spool, cancellationToken).ConfigureAwait(false);
                var baseline = await benchmark.RunBaselineAsync(spool, baselineRows, cancellationToken).ConfigureAwait(false);
                line += string.Create(CultureInfo.InvariantCulture, $"; baseline wall={baseline.Wall.TotalSeconds:0.00}s");
            }

            return line;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Nodes in the database (from Neo4j's count store: instant at any size).</summary>
    private static async Task<long> CountNodesAsync(Neo4jClient client, CancellationToken cancellationToken)
    {
        var rows = await client.RunAsync("MATCH (n) RETURN count(n) AS nodes", cancellationToken).ConfigureAwait(false);
        return rows is [var row] && row["nodes"] is long nodes ? nodes : 0;
    }
}
