using System.CommandLine;
using System.Globalization;
using Graph.Extraction.Loading;
using Graph.Extraction.Ontology;
using Graph.Worker.Benchmarks;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph bench generate|extract|ingest</c>: a synthetic corpus, extraction throughput, and ingest throughput
/// against a plain UNWIND-MERGE baseline in the same run. See BENCHMARKS.md for the commands and the figures.
/// </summary>
internal sealed class BenchCommand : Command
{
    public BenchCommand()
        : base("bench", "Benchmarks: generate a synthetic corpus, measure extraction, measure ingest against a baseline.")
    {
        Add(Generate());
        Add(Extract());
        Add(ExtractCli());
        Add(IngestBenchCommand.Create());
        Add(QueueBenchCommand.Create());
    }

    /// <summary>The corpus folder for a size and seed, under artifacts/ of the repository.</summary>
    public static string DefaultCorpus(int articles, int seed, CorpusLanguage language) =>
        RepositoryRoot.Resolve(Path.Combine("artifacts", "bench", $"corpus-{articles}-{seed}-{language.ToString().ToLowerInvariant()}"));

    public static Option<int> ArticlesOption(int defaultValue) => new("--articles")
    {
        Description = $"Number of articles. Default {defaultValue}.",
        DefaultValueFactory = _ => defaultValue,
    };

    public static Option<int> SeedOption() => new("--seed")
    {
        Description = "Seed of the generator: the same seed gives the same corpus. Default 1.",
        DefaultValueFactory = _ => 1,
    };

    public static Option<string> LanguageOption()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of the articles: fr, en or mixed. Default mixed.",
            DefaultValueFactory = _ => "mixed",
        };
        option.AcceptOnlyFromAmong("fr", "en", "mixed");
        return option;
    }

    public static Option<string?> CorpusOption() => new("--corpus")
    {
        Description = "Corpus folder to read. Default: the generated corpus for --articles/--seed/--lang (generated when missing).",
    };

    public static CorpusLanguage ParseLanguage(string? value) => value switch
    {
        "fr" => CorpusLanguage.French,
        "en" => CorpusLanguage.English,
        _ => CorpusLanguage.Mixed,
    };

    /// <summary>The corpus to benchmark: the one given, or the generated one for these settings (generated if absent).</summary>
    public static async Task<string> EnsureCorpusAsync(string? corpus, int articles, int seed, CorpusLanguage language, TextWriter output)
    {
        if (corpus is not null)
        {
            return Path.GetFullPath(corpus);
        }

        var directory = DefaultCorpus(articles, seed, language);
        var complete = Path.Combine(directory, ".complete");
        if (!File.Exists(complete))
        {
            await output.WriteLineAsync($"generating {articles} articles into {DisplayPath(directory)}…").ConfigureAwait(false);
            CorpusGenerator.Generate(directory, articles, seed, language);
            await File.WriteAllTextAsync(complete, "").ConfigureAwait(false);
        }

        return directory;
    }

    public static string DisplayPath(string path) => Output.DisplayPath.For(path);

    private static Command Generate()
    {
        var command = new Command("generate", "Write a deterministic synthetic corpus of French and English news articles (.json files).");
        var articles = ArticlesOption(1000);
        var seed = SeedOption();
        var language = LanguageOption();
        var output = new Option<string?>("--out") { Description = "Output folder. Default: artifacts/bench/corpus-N-SEED-LANG." };
        command.Add(articles);
        command.Add(seed);
        command.Add(language);
        command.Add(output);
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, async console =>
        {
            var count = parseResult.GetValue(articles);
            var lang = ParseLanguage(parseResult.GetValue(language));
            var directory = parseResult.GetValue(output) is { } given
                ? Path.GetFullPath(given)
                : DefaultCorpus(count, parseResult.GetValue(seed), lang);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var summary = CorpusGenerator.Generate(directory, count, parseResult.GetValue(seed), lang);
            await File.WriteAllTextAsync(Path.Combine(directory, ".complete"), "", cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"generated {summary.Articles} articles ({summary.Bytes / 1024.0 / 1024.0:0.0} MB) in {DisplayPath(directory)} in {started.Elapsed.TotalSeconds:0.0} s"))
                .ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Extract()
    {
        var command = new Command("extract", "Extraction throughput (MB/s, articles/s) on one thread or on all cores, and peak memory; no database.");
        var articles = ArticlesOption(1000);
        var seed = SeedOption();
        var language = LanguageOption();
        var corpus = CorpusOption();
        var threads = new Option<string>("--threads") { Description = "1, all, or both. Default both.", DefaultValueFactory = _ => "both" };
        threads.AcceptOnlyFromAmong("1", "all", "both");
        var runs = new Option<int>("--runs") { Description = "Timed runs per thread count, in one process; medians are printed. Default 1.", DefaultValueFactory = _ => 1 };
        command.Add(articles);
        command.Add(seed);
        command.Add(language);
        command.Add(corpus);
        command.Add(threads);
        command.Add(runs);
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, async console =>
        {
            var directory = await EnsureCorpusAsync(
                parseResult.GetValue(corpus), parseResult.GetValue(articles), parseResult.GetValue(seed),
                ParseLanguage(parseResult.GetValue(language)), console.Output).ConfigureAwait(false);
            var builder = GraphHost.CreateBuilder(worker: false);
            using var host = GraphHost.Build(builder, worker: false);
            host.Services.GetRequiredService<OntologyDefinition>();
            var minConfidence = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.MinConfidence;
            var benchmark = new ExtractBenchmark(host.Services.GetRequiredService<ArticleIngestor>(), minConfidence);
            var source = new FileArticleSource([directory]);
            var expected = source.ListFiles(out _).Length;

            var which = parseResult.GetValue(threads);
            var counts = which switch
            {
                "1" => [1],
                "all" => [Environment.ProcessorCount],
                _ => new[] { 1, Environment.ProcessorCount }.Distinct().ToArray(),
            };
            await console.Output.WriteLineAsync($"corpus {DisplayPath(directory)}; {Environment.ProcessorCount} cores; warm-up {ExtractBenchmark.WarmUpArticles} articles").ConfigureAwait(false);
            foreach (var count in counts)
            {
                var measured = new List<ExtractFigures>();
                for (var run = 0; run < Math.Max(1, parseResult.GetValue(runs)); run++)
                {
                    measured.Add(await benchmark.RunAsync(source, expected, count, cancellationToken).ConfigureAwait(false));
                    await console.Output.WriteLineAsync(BenchReport.Extract(measured[^1])).ConfigureAwait(false);
                }

                if (measured.Count > 1)
                {
                    await console.Output.WriteLineAsync(BenchReport.ExtractMedian(measured)).ConfigureAwait(false);
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary><c>bench extract-cli</c>: the whole <c>graph extract</c> process, to set beside <c>bench extract</c>.</summary>
    private static Command ExtractCli()
    {
        var command = new Command(
            "extract-cli", "Whole-process `graph extract` on a corpus: MB/s of article text and the child's peak resident memory.");
        var articles = ArticlesOption(1000);
        var seed = SeedOption();
        var language = LanguageOption();
        var corpus = CorpusOption();
        var format = new Option<string>("--format") { Description = "json, jsonl or text. Default json.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "text");
        var runs = new Option<int>("--runs") { Description = "Runs, one process each; the median is printed. Default 1.", DefaultValueFactory = _ => 1 };
        command.Add(articles);
        command.Add(seed);
        command.Add(language);
        command.Add(corpus);
        command.Add(format);
        command.Add(runs);
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, async console =>
        {
            var directory = await EnsureCorpusAsync(
                parseResult.GetValue(corpus), parseResult.GetValue(articles), parseResult.GetValue(seed),
                ParseLanguage(parseResult.GetValue(language)), console.Output).ConfigureAwait(false);
            var textBytes = await CliExtractBenchmark.TextBytesAsync(new FileArticleSource([directory]), cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync($"corpus {DisplayPath(directory)}; {Environment.ProcessorCount} cores; graph extract as a new process per run").ConfigureAwait(false);
            var measured = new List<CliExtractFigures>();
            for (var run = 1; run <= Math.Max(1, parseResult.GetValue(runs)); run++)
            {
                var figures = await CliExtractBenchmark.RunAsync(directory, parseResult.GetRequiredValue(format), textBytes, cancellationToken).ConfigureAwait(false);
                if (figures.Failure is { } failure)
                {
                    throw new CommandAbortedException($"graph extract exited {figures.ExitCode}: {failure}");
                }

                measured.Add(figures);
                await console.Output.WriteLineAsync(BenchReport.CliExtract(run, figures)).ConfigureAwait(false);
            }

            if (measured.Count > 1)
            {
                await console.Output.WriteLineAsync(BenchReport.CliExtractMedian(measured)).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
