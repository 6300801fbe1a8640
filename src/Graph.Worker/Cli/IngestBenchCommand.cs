using System.CommandLine;
using System.Globalization;
using Graph.Core.Ports;
using Graph.Extraction.Ontology;
using Graph.Neo4j;
using Graph.Worker.Benchmarks;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph bench ingest</c>: our ingest and the UNWIND-MERGE baseline into the same Neo4j, in the same run,
/// each from an empty database. The database is wiped: it is the dedicated benchmark instance unless NEO4J_URI
/// points elsewhere.
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
        var runs = new Option<int>("--runs") { Description = "Ours-then-baseline pairs to run; medians are printed. Default 1.", DefaultValueFactory = _ => 1 };
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

            var builder = GraphHost.CreateBuilder(worker: false);
            var dedicated = string.IsNullOrWhiteSpace(builder.Configuration[GraphConfiguration.Neo4jUriKey]);
            if (dedicated)
            {
                var uri = await BenchNeo4j.StartAsync(console.Output, cancellationToken).ConfigureAwait(false);
                builder.Configuration.AddInMemoryCollection([new(GraphConfiguration.Neo4jUriKey, uri)]);
            }

            using var host = GraphHost.Build(builder, worker: false);
            host.Services.GetRequiredService<OntologyDefinition>();
            var minConfidence = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.MinConfidence;
            var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
            if (dedicated && await CountNodesAsync(host.Services.GetRequiredService<Neo4jClient>(), cancellationToken).ConfigureAwait(false) is var nodes
                && nodes > BenchNeo4j.ResetAboveNodes)
            {
                await BenchNeo4j.ResetAsync(nodes, console.Output, cancellationToken).ConfigureAwait(false);
            }

            var benchmark = new IngestBenchmark(
                host.Services.GetRequiredService<Neo4jClient>(), host.Services.GetRequiredService<IGraphStore>(), ingestor,
                host.Services.GetRequiredService<ILogger<IngestRunner>>(), minConfidence);
            var aheadCount = parseResult.GetValue(ahead) is > 0 and var given ? given : IngestRunner.DefaultCapacity(host.Services.GetRequiredService<IGraphStore>());
            var baselineRows = parseResult.GetValue(rows);
            await console.Output.WriteLineAsync(
                $"corpus {BenchCommand.DisplayPath(directory)}; {Environment.ProcessorCount} cores; Neo4j {SafeUri.Redact(builder.Configuration[GraphConfiguration.Neo4jUriKey])}; " +
                $"ahead {aheadCount}; baseline {baselineRows} rows per transaction").ConfigureAwait(false);

            string? spool = null;
            var ours = new List<IngestFigures>();
            var baselines = new List<IngestFigures>();
            try
            {
                for (var run = 1; run <= Math.Max(1, parseResult.GetValue(runs)); run++)
                {
                    var mine = await benchmark.RunOursAsync(directory, aheadCount, cancellationToken).ConfigureAwait(false);
                    ours.Add(mine);
                    await console.Output.WriteLineAsync(BenchReport.Ingest(run, mine)).ConfigureAwait(false);
                    if (parseResult.GetValue(noBaseline))
                    {
                        continue;
                    }

                    if (spool is null)
                    {
                        spool = Path.Combine(Path.GetTempPath(), $"graph-bench-{Environment.ProcessId}.spool");
                        await benchmark.SpoolAsync(directory, spool, cancellationToken).ConfigureAwait(false);
                    }

                    var theirs = await benchmark.RunBaselineAsync(spool, baselineRows, cancellationToken).ConfigureAwait(false);
                    baselines.Add(theirs);
                    await console.Output.WriteLineAsync(BenchReport.Ingest(run, theirs)).ConfigureAwait(false);
                    await console.Output.WriteLineAsync(BenchReport.Ratio(run, mine, theirs)).ConfigureAwait(false);
                }
            }
            finally
            {
                if (spool is not null)
                {
                    File.Delete(spool);
                }
            }

            var summary = string.Create(CultureInfo.InvariantCulture,
                $"median ours articles/s={BenchStatistics.Median(ours.Select(f => f.ArticlesPerSecond)):0.0} facts/s={BenchStatistics.Median(ours.Select(f => f.FactsPerSecond)):0.0}");
            if (baselines.Count > 0)
            {
                summary += string.Create(CultureInfo.InvariantCulture,
                    $"; baseline articles/s={BenchStatistics.Median(baselines.Select(f => f.ArticlesPerSecond)):0.0} facts/s={BenchStatistics.Median(baselines.Select(f => f.FactsPerSecond)):0.0}" +
                    $"; ratio={BenchStatistics.Median(ours.Zip(baselines, (o, b) => o.FactsPerSecond / b.FactsPerSecond)):0.000}");
            }

            summary += $"; peak working set after our first run={ProcessMemory.Megabytes(ours[0].Memory.PeakWorkingSetBytes)}";
            await console.Output.WriteLineAsync(summary).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Nodes in the database (from Neo4j's count store: instant at any size).</summary>
    private static async Task<long> CountNodesAsync(Neo4jClient client, CancellationToken cancellationToken)
    {
        var rows = await client.RunAsync("MATCH (n) RETURN count(n) AS nodes", cancellationToken).ConfigureAwait(false);
        return rows is [var row] && row["nodes"] is long nodes ? nodes : 0;
    }
}
