using System.CommandLine;
using Graph.Extraction.Loading;
using Graph.Extraction.Ontology;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Graph.Worker.Output;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Graph.Worker.Cli;

/// <summary><c>graph ingest [PATH...]</c>: extract articles and write them to Neo4j, with a summary.</summary>
internal sealed class IngestCommand : Command
{
    /// <summary>Read when no path is given; relative to the repository root.</summary>
    public const string DefaultPath = "seeds";

    public IngestCommand()
        : base("ingest", "Extract articles and write them to Neo4j. Exit code 0: all written; 2: some files failed; 1: database unusable.")
    {
        Add(Paths);
        Add(MinConfidence);
        SetAction((parseResult, cancellationToken) =>
            CommandGuard.RunAsync(parseResult, console => RunAsync(Bind(parseResult), console)));
    }

    public Argument<string[]> Paths { get; } = new("path")
    {
        Description = "Article files or folders (.txt .md .html .json). Default: seeds/ of the repository.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<double?> MinConfidence { get; } = MinConfidenceOption.Create();

    public IngestArguments Bind(ParseResult parseResult) => new(
        parseResult.GetValue(Paths) is { Length: > 0 } paths ? paths : [RepositoryRoot.Resolve(DefaultPath)],
        parseResult.GetValue(MinConfidence));

    private static async Task<int> RunAsync(IngestArguments arguments, CommandConsole console)
    {
        using var termination = new TerminationSignal();
        var builder = GraphHost.CreateBuilder(worker: false);
        await GraphHost.UseLocalNeo4jIfUnconfiguredAsync(builder, console.Output, termination.Token).ConfigureAwait(false);
        var neo4jUri = SafeUri.Redact(builder.Configuration[GraphConfiguration.Neo4jUriKey]);
        using var host = GraphHost.Build(builder, worker: false);

        // Settings and ontology are checked before any file is read or any connection opened.
        var minConfidence = arguments.MinConfidence ?? host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.MinConfidence;
        host.Services.GetRequiredService<OntologyDefinition>();
        var runner = host.Services.GetRequiredService<IngestRunner>();

        // Files are streamed to the runner, not read up front: a corpus of any size is never held in memory.
        var source = new FileArticleSource(arguments.Paths, host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.ReadOptions());
        var listed = source.ListFiles(out var missing);
        var total = listed.Length + missing.Length;
        var files = source.ReadAsync(CancellationToken.None); // the runner stops taking files on Ctrl+C, between articles
        IngestReport report;
        if (console.IsInteractive)
        {
            report = await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(context =>
                {
                    var task = context.AddTask("ingest", maxValue: Math.Max(total, 1));
                    return runner.RunAsync(files, minConfidence, new SpectreProgress(task), termination.Token);
                })
                .ConfigureAwait(false);
        }
        else
        {
            report = await runner.RunAsync(files, minConfidence, new PlainProgress(console.Output, total), termination.Token)
                .ConfigureAwait(false);
        }

        if (report.DatabaseError is null || report.Articles > 0 || !report.Failed.IsEmpty)
        {
            IngestSummaryWriter.Write(console.Output, report);
        }

        if (report.DatabaseError is { } error)
        {
            await console.Error.WriteLineAsync(
                $"error: Neo4j at {neo4jUri} could not be used: {error}{Environment.NewLine}" +
                "Start it with 'scripts/neo4j.sh start', or set GRAPH_Neo4j__Uri (or NEO4J_URI) to a running server.")
                .ConfigureAwait(false);
        }

        return report.ExitCode;
    }
}

/// <summary>The parsed arguments of <c>graph ingest</c>.</summary>
/// <param name="MinConfidence">Null when not given: the configured Graph:MinConfidence applies.</param>
internal sealed record IngestArguments(IReadOnlyList<string> Paths, double? MinConfidence);
