using System.CommandLine;
using System.Globalization;
using Graph.Core.Ports;
using Graph.Neo4j;
using Graph.Worker.Benchmarks;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Graph.Worker.Sources.RabbitMq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph bench queue</c>: articles/s through the RabbitMQ queue with 1, 2 and 4 worker processes into one Neo4j,
/// beside the direct ingest of <c>graph ingest</c> (the same <see cref="IngestRunner"/>) on the same corpus, in the
/// same run, each from an empty database. WIPES the database, like <c>bench ingest</c>.
/// </summary>
internal static class QueueBenchCommand
{
    public static Command Create()
    {
        var command = new Command("queue", "Articles/s through the RabbitMQ queue with N workers beside direct ingest; WIPES the database.");
        var articles = BenchCommand.ArticlesOption(1000);
        var seed = BenchCommand.SeedOption();
        var language = BenchCommand.LanguageOption();
        var corpus = BenchCommand.CorpusOption();
        var runs = new Option<int>("--runs") { Description = "Rounds (direct, then each worker count); medians are printed. Default 1.", DefaultValueFactory = _ => 1 };
        var workers = new Option<int[]>("--workers") { Description = "Worker counts to measure. Default 1 2 4.", DefaultValueFactory = _ => [1, 2, 4], AllowMultipleArgumentsPerToken = true };
        foreach (var option in new Option[] { articles, seed, language, corpus, runs, workers })
        {
            command.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, async console =>
        {
            var directory = await BenchCommand.EnsureCorpusAsync(
                parseResult.GetValue(corpus), parseResult.GetValue(articles), parseResult.GetValue(seed),
                BenchCommand.ParseLanguage(parseResult.GetValue(language)), console.Output).ConfigureAwait(false);
            using var bench = await BenchHost.StartAsync(
                console.Output, builder => builder.Services.AddRabbitMqOptions(builder.Configuration), cancellationToken).ConfigureAwait(false);
            var broker = bench.Services.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
            var store = bench.Store;
            var direct = bench.Ingest();
            var queue = new QueueBenchmark(broker, new Dictionary<string, string> { ["NEO4J_URI"] = bench.Neo4jUri });
            var files = PublishableFiles.List([directory], out _);
            await console.Output.WriteLineAsync(
                $"corpus {BenchCommand.DisplayPath(directory)} ({files.Count} articles); {Environment.ProcessorCount} cores; " +
                $"Neo4j {SafeUri.Redact(bench.Neo4jUri)}; RabbitMQ {broker.Describe()}; batch {store.MaxArticlesPerWrite}")
                .ConfigureAwait(false);

            // A fresh Neo4j (and JIT) is several times slower on its first run: whoever ran first would lose. One
            // untimed direct ingest warms both up before any measured round.
            var warm = await direct.RunOursAsync(directory, IngestRunner.DefaultCapacity(store), cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync(Line($"warm-up (not counted) articles/s={warm.ArticlesPerSecond:0.0}")).ConfigureAwait(false);
            var counts = parseResult.GetValue(workers)!;
            var directRates = new List<double>();
            var queueRates = counts.ToDictionary(n => n, _ => new List<double>());
            for (var run = 1; run <= Math.Max(1, parseResult.GetValue(runs)); run++)
            {
                var mine = await direct.RunOursAsync(directory, IngestRunner.DefaultCapacity(store), cancellationToken).ConfigureAwait(false);
                directRates.Add(mine.ArticlesPerSecond);
                await console.Output.WriteLineAsync(Line($"direct run={run} articles={mine.Articles} seconds={mine.Wall.TotalSeconds:0.00} articles/s={mine.ArticlesPerSecond:0.0}"))
                    .ConfigureAwait(false);
                foreach (var n in counts)
                {
                    await direct.WipeAsync(cancellationToken).ConfigureAwait(false);
                    var figures = await queue.RunAsync(files, n, cancellationToken).ConfigureAwait(false);
                    queueRates[n].Add(figures.ArticlesPerSecond);
                    await console.Output.WriteLineAsync(Line(
                        $"queue run={run} workers={n} articles={figures.Articles} seconds={figures.Wall.TotalSeconds:0.00} articles/s={figures.ArticlesPerSecond:0.0} published-in={figures.Published.TotalSeconds:0.00}s ratio-to-direct={figures.ArticlesPerSecond / mine.ArticlesPerSecond:0.000}")).ConfigureAwait(false);
                }
            }

            var directMedian = BenchStatistics.Median(directRates);
            var summary = Line($"median direct articles/s={directMedian:0.0}");
            foreach (var n in counts)
            {
                var median = BenchStatistics.Median(queueRates[n]);
                summary += Line($"; workers={n} articles/s={median:0.0} ratio={median / directMedian:0.000}");
            }

            await console.Output.WriteLineAsync(summary).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
