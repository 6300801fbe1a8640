using System.CommandLine;
using System.Text.RegularExpressions;
using Graph.Neo4j;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Graph.Worker.Visualization;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph view [--out FILE] [--entity NAME --depth N] [--relations A,B] [--from DATE --to DATE]</c>: writes the
/// graph as one self-contained HTML page (no network needed to open it).
/// </summary>
internal sealed partial class ViewCommand : Command
{
    public const string DefaultOutput = "graph-view.html";

    public ViewCommand()
        : base("view", "Write the graph as one self-contained HTML page: entities by type, facts as arrows, evidence on click, a timeline.")
    {
        Add(Out);
        Add(Entity);
        Add(Depth);
        Add(Relations);
        Add(From);
        Add(To);
        SetAction((parseResult, cancellationToken) =>
            CommandGuard.RunAsync(parseResult, console => RunAsync(Bind(parseResult), console, cancellationToken)));
    }

    public Option<string> Out { get; } = new("--out")
    {
        Description = "The HTML file to write (relative to the current directory).",
        DefaultValueFactory = _ => DefaultOutput,
    };

    public Option<string?> Entity { get; } = new("--entity") { Description = "Only the neighbourhood of this entity (name, alias or id)." };

    public Option<int> Depth { get; } = new("--depth")
    {
        Description = $"Hops around --entity (1–{ViewArguments.MaxDepth}; a statement is one hop).",
        DefaultValueFactory = _ => ViewArguments.DefaultDepth,
    };

    public Option<string?> Relations { get; } = new("--relations") { Description = "Comma-separated relationship types to keep, e.g. SIGNED,RATIFIED." };

    public Option<string?> From { get; } = new("--from") { Description = "Keep facts dated on or after this day, month or year (yyyy-MM-dd, yyyy-MM, yyyy)." };

    public Option<string?> To { get; } = new("--to") { Description = "Keep facts dated on or before this day, month or year." };

    public ViewArguments Bind(ParseResult parseResult)
    {
        var depth = parseResult.GetValue(Depth);
        if (depth is < 1 or > ViewArguments.MaxDepth)
        {
            throw new CommandAbortedException($"--depth must be between 1 and {ViewArguments.MaxDepth}, not {depth}.");
        }

        var relations = (parseResult.GetValue(Relations) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.ToUpperInvariant())
            .Distinct()
            .ToList();
        foreach (var relation in relations.Where(r => !RelationType().IsMatch(r)))
        {
            throw new CommandAbortedException($"--relations: '{relation}' is not a relationship type (expected names like SIGNED,RATIFIED).");
        }

        var fromText = parseResult.GetValue(From);
        var toText = parseResult.GetValue(To);
        return new ViewArguments(
            Path.GetFullPath(parseResult.GetValue(Out) ?? DefaultOutput),
            string.IsNullOrWhiteSpace(parseResult.GetValue(Entity)) ? null : parseResult.GetValue(Entity)!.Trim(),
            depth,
            relations,
            ParseDate("--from", fromText),
            ParseDate("--to", toText),
            fromText,
            toText);
    }

    private static DatePeriod? ParseDate(string option, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DatePeriod.TryParse(text, out var period)
            ? period
            : throw new CommandAbortedException($"{option} '{text}' is not a date: use yyyy-MM-dd, yyyy-MM or yyyy.");
    }

    private static async Task<int> RunAsync(ViewArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var builder = GraphHost.CreateBuilder(worker: false);
        await GraphHost.UseLocalNeo4jIfUnconfiguredAsync(builder, console.Output, cancellationToken).ConfigureAwait(false);
        var neo4jUri = SafeUri.Redact(builder.Configuration[GraphConfiguration.Neo4jUriKey]);
        using var host = GraphHost.Build(builder, worker: false);
        var query = new GraphViewQuery(host.Services.GetRequiredService<Neo4jClient>());

        ViewGraph graph;
        try
        {
            graph = await query.LoadAsync(arguments, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not CommandAbortedException && StoreErrors.Classify(e) is StoreErrorKind.Unreachable)
        {
            throw new CommandAbortedException($"Neo4j at {neo4jUri} could not be used: {ErrorText.OneLine(e)}", e);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(arguments.OutputPath)!);
        await File.WriteAllTextAsync(arguments.OutputPath, HtmlPageWriter.Render(graph), cancellationToken).ConfigureAwait(false);
        var entities = graph.Nodes.Count(n => n.Kind == "entity");
        var facts = graph.Edges.Count(e => e.Type != "ABOUT");
        await console.Output.WriteLineAsync(
            $"wrote {arguments.OutputPath}: {entities} entities, {facts} facts, {graph.Evidence.Count} evidence sentences, {graph.Articles.Count} articles")
            .ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex RelationType();
}
