using Graph.Core.Articles;
using Graph.Core.Ports;
using Graph.Extraction.Loading;
using Graph.Extraction.Mapping;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Neo4j;
using Graph.Neo4j.Resilience;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Hosting;

/// <summary>All of Graph's wiring, in one place.</summary>
internal static class GraphServiceCollectionExtensions
{
    /// <summary>Options, ontology, extraction, ingestion and the Neo4j store. Nothing is created before it is asked for.</summary>
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(sp => OntologyLoader.Load(RepositoryRoot.Resolve(GraphOptionsOf(sp).OntologyPath)));
        services.AddSingleton<IArticleExtractor>(sp => new ExtractionPipeline(sp.GetRequiredService<OntologyDefinition>()));
        services.AddSingleton(sp => new ArticleIngestor(sp.GetRequiredService<IArticleExtractor>(), GraphMapper.Map, GraphOptionsOf(sp).Limits(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IngestRunner>();
        services.AddNeo4jGraphStore(configuration.GetSection(GraphConfiguration.Neo4jSection));
        return services;
    }

    /// <summary>
    /// The store retry of the long-running workers (inbox and queue): each store call is retried until the server is
    /// back or the host stops. Their client then must not retry as well, or every worker attempt would be several
    /// requests (retries stacked).
    /// </summary>
    public static IServiceCollection AddWorkerStoreRetry(this IServiceCollection services)
    {
        services.PostConfigure<Neo4jOptions>(neo4j => neo4j.MaxRetries = 0);
        services.TryAddSingleton(sp =>
        {
            var options = GraphOptionsOf(sp);
            return new StoreRetryPolicy(
                StoreRetryOptions.UntilStopped(options.RetryDelay, options.MaxRetryDelay),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<StoreRetryPolicy>>());
        });
        return services;
    }

    /// <summary>The inbox worker of <c>graph run</c>.</summary>
    public static IServiceCollection AddInboxWorker(this IServiceCollection services)
    {
        services.AddWorkerStoreRetry();
        services.AddSingleton(sp =>
        {
            var options = GraphOptionsOf(sp);
            return new Inbox(RepositoryRoot.Resolve(options.Inbox), options.Processing, options.Processed, options.Failed);
        });
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<InboxProcessor>(sp, InboxReader(GraphOptionsOf(sp))));
        services.AddSingleton<InboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxWorker>());
        return services;
    }

    /// <summary>
    /// How the worker reads a claimed file. The inbox is flat: a file's path relative to it is its name, which makes
    /// its id (unless it has a URL). A symbolic link is refused, not followed.
    /// </summary>
    internal static Func<string, ArticleLoadResult> InboxReader(GraphOptions options)
    {
        var readOptions = options.ReadOptions(inbox: true);
        return path => ArticleFileReader.Read(path, Path.GetFileName(path), readOptions);
    }

    private static GraphOptions GraphOptionsOf(IServiceProvider services) => services.GetRequiredService<IOptions<GraphOptions>>().Value;
}
