using System.CommandLine;
using Graph.Extraction.Ontology;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Graph.Worker.Sources.RabbitMq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Cli;

/// <summary><c>graph run [--source folder|rabbitmq]</c>: the worker, until Ctrl+C or SIGTERM.</summary>
internal sealed class RunCommand : Command
{
    public const string FolderSource = "folder";
    public const string RabbitMqSource = "rabbitmq";

    public RunCommand()
        : base("run", "Ingest articles as they come, until stopped: from the inbox folder (Graph:Inbox, default data/inbox) or the RabbitMQ queue.")
    {
        Add(Source);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, console => RunAsync(parseResult.GetValue(Source)!, console)));
    }

    public Option<string> Source { get; } = CreateSourceOption();

    private static Option<string> CreateSourceOption()
    {
        var option = new Option<string>("--source")
        {
            Description = "folder: watch the inbox folder; rabbitmq: consume the queue (RABBITMQ_HOST, RABBITMQ_PORT, RABBITMQ_USER, RABBITMQ_PASSWORD).",
            DefaultValueFactory = _ => FolderSource,
        };
        option.AcceptOnlyFromAmong(FolderSource, RabbitMqSource);
        return option;
    }

    private static async Task<int> RunAsync(string source, CommandConsole console)
    {
        var builder = GraphHost.CreateBuilder(worker: true);
        await GraphHost.UseLocalNeo4jIfUnconfiguredAsync(builder, console.Output, CancellationToken.None).ConfigureAwait(false);
        var queue = source == RabbitMqSource;
        if (queue)
        {
            builder.Services.AddRabbitMqWorker(builder.Configuration);
        }

        using var host = GraphHost.Build(builder, worker: !queue);

        // A broken setting or ontology stops here, with its message, before the worker starts.
        _ = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        host.Services.GetRequiredService<OntologyDefinition>();
        BackgroundService worker = queue
            ? host.Services.GetRequiredService<QueueWorker>()
            : host.Services.GetRequiredService<InboxWorker>();
        if (queue)
        {
            _ = host.Services.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
        }

        // Signals are the host's: its console lifetime turns Ctrl+C and SIGTERM into a graceful stop.
        await host.RunAsync().ConfigureAwait(false);
        if (worker.ExecuteTask is { IsFaulted: true } faulted)
        {
            await console.Error.WriteLineAsync($"error: the {source} worker stopped: {faulted.Exception.GetBaseException().Message}")
                .ConfigureAwait(false);
            return ExitCodes.Error;
        }

        return ExitCodes.Ok;
    }
}
