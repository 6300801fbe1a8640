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

/// <summary>
/// <c>graph extract [--format json|jsonl|text] [--min-confidence X] PATH...</c>: extraction only, no database. Articles
/// are extracted on all cores and written in input order as they come, so memory does not grow with the corpus.
/// </summary>
internal sealed class ExtractCommand : Command
{
    public ExtractCommand()
        : base("extract", "Extract entities and relations from articles and print them; no database. Exit code 2 if some files failed.")
    {
        Format.AcceptOnlyFromAmong("json", "jsonl", "text");
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
        Description = "Output format: json (one document), jsonl (one article per line), text.",
        DefaultValueFactory = _ => "json",
    };

    public Option<double?> MinConfidence { get; } = MinConfidenceOption.Create();

    public ExtractArguments Bind(ParseResult parseResult) => new(
        parseResult.GetRequiredValue(Paths),
        parseResult.GetValue(Format) switch
        {
            "text" => ExtractFormat.Text,
            "jsonl" => ExtractFormat.JsonLines,
            _ => ExtractFormat.Json,
        },
        parseResult.GetValue(MinConfidence));

    private static async Task<int> RunAsync(ExtractArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var builder = GraphHost.CreateBuilder(worker: false);
        using var host = GraphHost.Build(builder, worker: false);
        var minConfidence = arguments.MinConfidence ?? host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.MinConfidence;
        host.Services.GetRequiredService<OntologyDefinition>();
        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
        var source = new FileArticleSource(arguments.Paths, host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.ReadOptions());

        var failures = 0;
        using (var output = Open(arguments.Format, console.Output))
        {
            await foreach (var file in new ExtractionAhead(ingestor).ExtractAsync(source.ReadAsync(cancellationToken), minConfidence, cancellationToken)
                .ConfigureAwait(false))
            {
                if (file.Extraction is { } extraction)
                {
                    output.Write(extraction);
                    continue;
                }

                failures++;
                output.Fail(new FailedFile(DisplayPath.For(file.File.Path), file.Failure?.Message ?? file.File.Error ?? "could not be read"));
            }

            output.Complete();
        }

        return failures == 0 ? ExitCodes.Ok : ExitCodes.SomeFilesFailed;
    }

    private static IExtractionOutput Open(ExtractFormat format, TextWriter console)
    {
        var stream = CommandOutputStream.Open(console);
        return format switch
        {
            ExtractFormat.Json => new ExtractionJsonDocument(stream),
            ExtractFormat.JsonLines => new ExtractionJsonLines(stream),
            _ => new ExtractionTextOutput(new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true)),
        };
    }
}

internal enum ExtractFormat
{
    Json,
    JsonLines,
    Text,
}

/// <summary>The parsed arguments of <c>graph extract</c>.</summary>
internal sealed record ExtractArguments(IReadOnlyList<string> Paths, ExtractFormat Format, double? MinConfidence);
