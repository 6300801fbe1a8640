using System.CommandLine;
using Graph.Extraction.Ontology;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Cli;

/// <summary><c>graph run</c>: the inbox worker, until Ctrl+C or SIGTERM.</summary>
internal sealed class RunCommand : Command
{
    public RunCommand()
        : base("run", "Watch the inbox (Graph:Inbox, default data/inbox) and ingest every file dropped there, until stopped.")
    {
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, RunAsync));
    }

    private static async Task<int> RunAsync(CommandConsole console)
    {
        var builder = GraphHost.CreateBuilder(worker: true);
        await GraphHost.UseLocalNeo4jIfUnconfiguredAsync(builder, console.Output, CancellationToken.None).ConfigureAwait(false);
        using var host = GraphHost.Build(builder, worker: true);

        // A broken setting or ontology stops here, with its message, before the worker starts.
        _ = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        host.Services.GetRequiredService<OntologyDefinition>();
        var worker = host.Services.GetRequiredService<InboxWorker>();

        // Signals are the host's: its console lifetime turns Ctrl+C and SIGTERM into a graceful stop.
        await host.RunAsync().ConfigureAwait(false);
        if (worker.ExecuteTask is { IsFaulted: true } faulted)
        {
            await console.Error.WriteLineAsync($"error: the inbox worker stopped: {faulted.Exception.GetBaseException().Message}")
                .ConfigureAwait(false);
            return ExitCodes.Error;
        }

        return ExitCodes.Ok;
    }
}
