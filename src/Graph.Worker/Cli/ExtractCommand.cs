using System.CommandLine;
using System.Text;
using Graph.Extraction.Loading;
using Graph.Extraction.Ontology;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Graph.Worker.Output;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Cli;

/// <summary><c>graph extract [--format json|text] [--min-confidence X] PATH...</c>: extraction only, no database.</summary>
internal sealed class ExtractCommand : Command
{
    public ExtractCommand()
        : base("extract", "Extract entities and relations from articles and print them; no database. Exit code 2 if some files failed.")
    {
        Format.AcceptOnlyFromAmong("json", "text");
        Add(Paths);
        Add(Format);
        Add(MinConfidence);
        SetAction((parseResult, cancellationToken) =>
            CommandGuard.RunAsync(parseResult, console => RunAsync(Bind(parseResult), console, cancellationToken)));
    }

    public Argument<string[]> Paths { get; } = new("path")
    {
        Description = "Article files or folders (.txt .md .html .json).",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => "json",
    };

    public Option<double?> MinConfidence { get; } = MinConfidenceOption.Create();

    public ExtractArguments Bind(ParseResult parseResult) => new(
        parseResult.GetRequiredValue(Paths),
        parseResult.GetValue(Format) == "text" ? ExtractFormat.Text : ExtractFormat.Json,
        parseResult.GetValue(MinConfidence));

    private static async Task<int> RunAsync(ExtractArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var builder = GraphHost.CreateBuilder(worker: false);
        using var host = GraphHost.Build(builder, worker: false);
        var minConfidence = arguments.MinConfidence ?? host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.MinConfidence;
        host.Services.GetRequiredService<OntologyDefinition>();
        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();

        var results = await FileExtraction.ExtractAllAsync(ingestor, new FileArticleSource(arguments.Paths, host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.ReadOptions()), minConfidence, cancellationToken)
            .ConfigureAwait(false);
        if (arguments.Format == ExtractFormat.Json)
        {
            using var buffer = new MemoryStream();
            ExtractionJsonWriter.Write(buffer, results);
            await console.Output.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
        }
        else
        {
            ExtractionTextWriter.Write(console.Output, results);
        }

        await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return results.Failed.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFilesFailed;
    }
}

internal enum ExtractFormat
{
    Json,
    Text,
}

/// <summary>The parsed arguments of <c>graph extract</c>.</summary>
internal sealed record ExtractArguments(IReadOnlyList<string> Paths, ExtractFormat Format, double? MinConfidence);
