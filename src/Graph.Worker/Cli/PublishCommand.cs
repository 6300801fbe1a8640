using System.CommandLine;
using Graph.Core.Articles;
using Graph.Extraction.Loading;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Graph.Worker.Sources.RabbitMq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client.Exceptions;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph publish PATH...</c>: puts article files on the RabbitMQ queue for the workers of
/// <c>graph run --source rabbitmq</c>. Content is judged by the workers (bad input lands in the dead-letter queue
/// with its reason); a file of an unsupported type or over the size limit is reported here and not sent.
/// </summary>
internal sealed class PublishCommand : Command
{
    public PublishCommand()
        : base("publish", "Put article files (.txt .md .html .json, or folders of them) on the RabbitMQ queue. Exit code 2: some files were not sent.")
    {
        Add(Paths);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, console => RunAsync(parseResult.GetValue(Paths)!, console)));
    }

    public Argument<string[]> Paths { get; } = new("path")
    {
        Description = "Article files or folders.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static async Task<int> RunAsync(string[] paths, CommandConsole console)
    {
        var builder = GraphHost.CreateBuilder(worker: false);
        var options = new RabbitMqOptions();
        builder.Configuration.GetSection(RabbitMqOptions.SectionName).Bind(options);
        var graph = new GraphOptions();
        builder.Configuration.GetSection(GraphOptions.SectionName).Bind(graph);
        if (options.Problems().FirstOrDefault() is { } problem)
        {
            throw new CommandAbortedException(problem);
        }

        var files = PublishableFiles.List(paths, out var missing);
        var failed = 0;
        foreach (var path in missing)
        {
            failed++;
            await console.Error.WriteLineAsync($"not sent: '{path}' was not found: give an existing article file or folder.").ConfigureAwait(false);
        }

        RabbitMqArticlePublisher publisher;
        try
        {
            publisher = await RabbitMqArticlePublisher.ConnectAsync(
                options, "graph-publish", maxAttempts: 3, TimeProvider.System, NullLogger.Instance, CancellationToken.None).ConfigureAwait(false);
        }
        catch (BrokerUnreachableException e)
        {
            throw new CommandAbortedException($"RabbitMQ at {options.Describe()} could not be reached: {ErrorText.OneLine(e)}", e);
        }

        var sent = 0;
        await using (publisher.ConfigureAwait(false))
        {
            foreach (var (path, name) in files)
            {
                if (Refusal(path, graph.MaxArticleBytes) is { } reason)
                {
                    failed++;
                    await console.Error.WriteLineAsync($"not sent: '{name}' {reason}.").ConfigureAwait(false);
                    continue;
                }

                await publisher.PublishAsync(new ArticleMessage(name, await File.ReadAllBytesAsync(path).ConfigureAwait(false)), CancellationToken.None)
                    .ConfigureAwait(false);
                sent++;
            }
        }

        await console.Output.WriteLineAsync($"Published {sent} article(s) to {options.Queue} at {options.Describe()}; {failed} not sent.").ConfigureAwait(false);
        return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFilesFailed;
    }

    private static string? Refusal(string path, long maxBytes)
    {
        var extension = Path.GetExtension(path);
        if (!ArticleFileReader.SupportedExtensions.Contains(extension))
        {
            return $"has an unsupported extension '{extension}'; use one of {string.Join(", ", ArticleFileReader.SupportedExtensions.Order(StringComparer.Ordinal))}";
        }

        var length = new FileInfo(path).Length;
        return length > maxBytes ? $"is {length} bytes, over the limit of {maxBytes} (Graph:MaxArticleBytes)" : null;
    }
}
