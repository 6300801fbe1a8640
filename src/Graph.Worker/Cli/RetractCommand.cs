using System.CommandLine;
using Graph.Core.Ports;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Cli;

/// <summary><c>graph retract ARTICLE_ID...</c>: remove articles and whatever only they supported.</summary>
internal sealed class RetractCommand : Command
{
    public RetractCommand()
        : base("retract", "Remove articles from the graph, with every fact, statement and entity only they supported. Exit code 2 if an id was not found.")
    {
        ArticleIds.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError(
                    "An article id must not be empty. Give the ids of stored articles: `graph extract --format json` prints a file's id, "
                    + "and MATCH (a:Article) RETURN a.id lists those in the graph.");
            }
        });
        Add(ArticleIds);
        SetAction((parseResult, cancellationToken) =>
            CommandGuard.RunAsync(parseResult, console => RunAsync(parseResult.GetRequiredValue(ArticleIds), console, cancellationToken)));
    }

    public Argument<string[]> ArticleIds { get; } = new("article-id")
    {
        Description = "Ids of stored articles (from each article's URL, or its path under the folder or inbox it was read from).",
        Arity = ArgumentArity.OneOrMore,
    };

    private static async Task<int> RunAsync(IReadOnlyList<string> articleIds, CommandConsole console, CancellationToken cancellationToken)
    {
        var builder = GraphHost.CreateBuilder(worker: false);
        await GraphHost.UseLocalNeo4jIfUnconfiguredAsync(builder, console.Output, cancellationToken).ConfigureAwait(false);
        var neo4jUri = SafeUri.Redact(builder.Configuration[GraphConfiguration.Neo4jUriKey]);
        using var host = GraphHost.Build(builder, worker: false);
        var store = host.Services.GetRequiredService<IGraphStore>();

        var missing = 0;
        foreach (var id in articleIds)
        {
            bool removed;
            try
            {
                removed = await store.RetractArticleAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (StoreErrors.Classify(e) is StoreErrorKind.Unreachable)
            {
                throw new CommandAbortedException($"Neo4j at {neo4jUri} could not be used: {StoreErrors.Describe(e)}", e);
            }

            missing += removed ? 0 : 1;
            await console.Output.WriteLineAsync(removed ? $"retracted {id}" : $"not found: {id}").ConfigureAwait(false);
        }

        return missing == 0 ? ExitCodes.Ok : ExitCodes.SomeFilesFailed;
    }
}
