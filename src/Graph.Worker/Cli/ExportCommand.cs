using System.CommandLine;
using Graph.Neo4j;
using Graph.Worker.Export;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph export --format graphml|csv|jsonl [--out DIR]</c>: the whole graph (entities, facts, statements,
/// evidence, articles, mentions) for analytics tools: Gephi (GraphML), <c>neo4j-admin import</c> (CSV), scripts (JSONL).
/// </summary>
internal sealed class ExportCommand : Command
{
    public ExportCommand()
        : base("export", "Export the whole graph: GraphML (Gephi), CSV (neo4j-admin import layout) or JSON Lines.")
    {
        Format.AcceptOnlyFromAmong("graphml", "csv", "jsonl");
        Add(Format);
        Add(Out);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, console => RunAsync(
            parseResult.GetRequiredValue(Format),
            Path.GetFullPath(parseResult.GetValue(Out) ?? $"graph-export-{parseResult.GetRequiredValue(Format)}"),
            console,
            cancellationToken)));
    }

    public Option<string> Format { get; } = new("--format")
    {
        Description = "graphml, csv or jsonl.",
        Required = true,
    };

    public Option<string?> Out { get; } = new("--out")
    {
        Description = "Directory to write into (created when missing). Default: graph-export-FORMAT in the current directory.",
    };

    private static async Task<int> RunAsync(string format, string directory, CommandConsole console, CancellationToken cancellationToken)
    {
        var builder = GraphHost.CreateBuilder(worker: false);
        await GraphHost.UseLocalNeo4jIfUnconfiguredAsync(builder, console.Output, cancellationToken).ConfigureAwait(false);
        var neo4jUri = SafeUri.Redact(builder.Configuration[GraphConfiguration.Neo4jUriKey]);
        using var host = GraphHost.Build(builder, worker: false);

        GraphDump dump;
        Neo4jServerInfo server;
        try
        {
            var client = host.Services.GetRequiredService<Neo4jClient>();
            var pageSize = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.ExportPageSize;
            dump = await GraphDump.ReadAsync(client, pageSize, cancellationToken).ConfigureAwait(false);
            server = await client.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StoreErrors.Classify(e) is StoreErrorKind.Unreachable)
        {
            throw new CommandAbortedException($"Neo4j at {neo4jUri} could not be used: {ErrorText.OneLine(e)}", e);
        }

        Directory.CreateDirectory(directory);
        IReadOnlyList<string> files;
        switch (format)
        {
            case "csv":
                files = await CsvExporter.WriteAsync(dump, directory, server.Major, cancellationToken).ConfigureAwait(false);
                break;
            case "graphml":
                files = [Path.Combine(directory, "graph.graphml")];
                await GraphMlExporter.WriteAsync(dump, files[0], cancellationToken).ConfigureAwait(false);
                break;
            default:
                files = [Path.Combine(directory, "graph.jsonl")];
                await JsonLinesExporter.WriteAsync(dump, files[0], cancellationToken).ConfigureAwait(false);
                break;
        }

        await console.Output.WriteLineAsync($"exported {dump.Nodes.Count} nodes and {dump.Relationships.Count} relationships to {directory}:").ConfigureAwait(false);
        if (dump.NodesLeftOut > 0 || dump.RelationshipsLeftOut > 0)
        {
            // Keys are the graph's own ids: a node of no known kind, or without an id, cannot be keyed.
            await console.Error.WriteLineAsync(
                $"warning: {dump.NodesLeftOut} nodes and {dump.RelationshipsLeftOut} relationships were not exported: nodes that are not Entity, Article, " +
                "Evidence or Statement with an id, and their relationships (or the graph changed during the export).").ConfigureAwait(false);
        }

        foreach (var file in files)
        {
            await console.Output.WriteLineAsync($"  {Path.GetFileName(file)}").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
