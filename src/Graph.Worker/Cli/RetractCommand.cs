using System.CommandLine;
using Graph.Core.Ports;
using Graph.Extraction.Loading;
using Graph.Neo4j;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph retract ARTICLE_ID...</c>: remove articles and whatever only they supported. <c>--legacy-ids</c> removes
/// every article whose id has the form made before ids carried a hash (the migration, after a re-ingest).
/// </summary>
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
        Add(LegacyIds);
        Validators.Add(result =>
        {
            if (result.GetValue(ArticleIds) is not { Length: > 0 } && !result.GetValue(LegacyIds))
            {
                result.AddError("Give the ids of the articles to retract, or --legacy-ids.");
            }
        });
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, console =>
            RunAsync(parseResult.GetValue(ArticleIds) ?? [], parseResult.GetValue(LegacyIds), console, cancellationToken)));
    }

    public Option<bool> LegacyIds { get; } = new("--legacy-ids")
    {
        Description = "Also retract every article whose id predates the slug--hash form (the bare slug of a file name). "
            + "Run it after ingesting the same files again, which stores them under their new ids.",
    };

    public Argument<string[]> ArticleIds { get; } = new("article-id")
    {
        Description = "Ids of stored articles (from each article's URL, or its path under the folder or inbox it was read from).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static async Task<int> RunAsync(IReadOnlyList<string> givenIds, bool legacy, CommandConsole console, CancellationToken cancellationToken)
    {
        var builder = GraphHost.CreateBuilder(worker: false);
        await GraphHost.UseLocalNeo4jIfUnconfiguredAsync(builder, console.Output, cancellationToken).ConfigureAwait(false);
        var neo4jUri = SafeUri.Redact(builder.Configuration[GraphConfiguration.Neo4jUriKey]);
        using var host = GraphHost.Build(builder, worker: false);
        var store = host.Services.GetRequiredService<IGraphStore>();

        var articleIds = givenIds.ToList();
        if (legacy)
        {
            try
            {
                var rows = await host.Services.GetRequiredService<Neo4jClient>()
                    .RunAsync("MATCH (a:Article) RETURN a.id AS id ORDER BY id", cancellationToken).ConfigureAwait(false);
                var stale = rows.Select(r => r["id"] as string).OfType<string>().Where(id => !ArticleId.IsCurrent(id)).ToList();
                await console.Output.WriteLineAsync($"{stale.Count} article(s) with an id of the earlier form").ConfigureAwait(false);
                articleIds.AddRange(stale.Except(articleIds, StringComparer.Ordinal));
            }
            catch (Exception e) when (StoreErrors.Classify(e) is StoreErrorKind.Unreachable)
            {
                throw new CommandAbortedException($"Neo4j at {neo4jUri} could not be used: {ErrorText.OneLine(e)}", e);
            }
        }

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
                throw new CommandAbortedException($"Neo4j at {neo4jUri} could not be used: {ErrorText.OneLine(e)}", e);
            }

            missing += removed ? 0 : 1;
            await console.Output.WriteLineAsync(removed ? $"retracted {id}" : $"not found: {id}").ConfigureAwait(false);
        }

        return missing == 0 ? ExitCodes.Ok : ExitCodes.SomeFilesFailed;
    }
}
