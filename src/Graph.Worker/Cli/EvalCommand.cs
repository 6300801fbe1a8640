using System.CommandLine;
using Graph.Evaluation;
using Graph.Extraction.Loading;
using Graph.Extraction.Ontology;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph eval --gold GOLD.yaml --aliases ENTITIES.yaml [--json] PATH...</c>: extraction scored against gold;
/// <c>graph eval --format text2kgbench --ontology FILE SPLIT.jsonl...</c>: scored by Text2KGBench's metric.
/// </summary>
internal sealed class EvalCommand : Command
{
    public EvalCommand()
        : base("eval", "Extract articles and score the result against gold annotations (precision, recall, F1).")
    {
        Add(Paths);
        Add(GoldFile);
        Add(AliasesFile);
        Add(Json);
        Add(Format);
        Add(OntologyFile);
        Format.AcceptOnlyFromAmong("gold", "text2kgbench");
        Validators.Add(result =>
        {
            if ((result.GetValue(Format) ?? "gold") == "gold" && (result.GetValue(GoldFile) is null || result.GetValue(AliasesFile) is null))
            {
                result.AddError("--gold and --aliases are required with --format gold.");
            }
        });
        SetAction((parseResult, cancellationToken) =>
            CommandGuard.RunAsync(parseResult, console => RunAsync(Bind(parseResult), console, cancellationToken)));
    }

    public Argument<string[]> Paths { get; } = new("path")
    {
        Description = "Article files or folders to extract.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> GoldFile { get; } = new("--gold")
    {
        Description = "Gold annotations: a YAML file (one document per article) or a folder of them.",
        HelpName = "GOLD.yaml",
    };

    public Option<string> AliasesFile { get; } = new("--aliases")
    {
        Description = "The alias table mapping extracted ids and names to gold ids.",
        HelpName = "ENTITIES.yaml",
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Print the report as JSON instead of text." };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "gold: articles scored against --gold and --aliases (default); text2kgbench: Text2KGBench JSONL splits scored by the benchmark's metric.",
        DefaultValueFactory = _ => "gold",
    };

    public Option<string?> OntologyFile { get; } = new("--ontology")
    {
        Description = "With --format text2kgbench: the ontology to extract with. Default: Graph:OntologyPath.",
        HelpName = "FILE",
    };

    public EvalArguments Bind(ParseResult parseResult) => new(
        parseResult.GetRequiredValue(Paths),
        parseResult.GetValue(GoldFile) ?? "",
        parseResult.GetValue(AliasesFile) ?? "",
        parseResult.GetValue(Json))
    {
        Format = parseResult.GetValue(Format) ?? "gold",
        OntologyPath = parseResult.GetValue(OntologyFile),
    };

    private static async Task<int> RunAsync(EvalArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        if (arguments.Format == "text2kgbench")
        {
            return await Text2KgBenchEval.RunAsync(arguments, console).ConfigureAwait(false);
        }

        GoldSet gold;
        AliasTable aliases;
        try
        {
            gold = GoldSet.Load(arguments.GoldPath);
            aliases = AliasTable.Load(arguments.AliasesPath);
        }
        catch (GoldFormatException e)
        {
            await console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var builder = GraphHost.CreateBuilder(worker: false);
        using var host = GraphHost.Build(builder, worker: false);
        var minConfidence = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.MinConfidence;
        var ontology = host.Services.GetRequiredService<OntologyDefinition>();
        var symmetric = ontology.RelationTypes.Where(r => r.Symmetric).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();

        var results = await FileExtraction.ExtractAllAsync(ingestor, new FileArticleSource(arguments.Paths, host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.ReadOptions()), minConfidence, cancellationToken)
            .ConfigureAwait(false);
        foreach (var failed in results.Failed)
        {
            await console.Error.WriteLineAsync($"failed: {failed.Path}: {failed.Reason}").ConfigureAwait(false);
        }

        // The gold names types as an ontology without kinds does: an ontology's own type names are read by their kinds.
        var report = Evaluator.Evaluate(gold, aliases, results.Articles, symmetric, ontology.Kinds.LegacyNameOf);
        await console.Output.WriteLineAsync(arguments.Json ? report.ToJson() : report.ToText()).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}

/// <summary>The parsed arguments of <c>graph eval</c>.</summary>
internal sealed record EvalArguments(IReadOnlyList<string> Paths, string GoldPath, string AliasesPath, bool Json)
{
    /// <summary>gold (articles against shared/gold) or text2kgbench (JSONL splits).</summary>
    public string Format { get; init; } = "gold";

    /// <summary>With text2kgbench: the ontology to extract with; null for the configured one.</summary>
    public string? OntologyPath { get; init; }
}
