using Graph.Core.Ports;
using Graph.Extraction.Ontology;
using Graph.Neo4j;
using Graph.Worker.Benchmarks;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Cli;

/// <summary>
/// The host the database benchmarks measure: the one <c>graph ingest</c> builds, against the configured Neo4j or,
/// when none is configured, the benchmark's own dedicated server, started here.
/// </summary>
internal sealed class BenchHost : IDisposable
{
    private readonly IHost host;

    private BenchHost(IHost host, string neo4jUri, bool dedicated)
    {
        this.host = host;
        Neo4jUri = neo4jUri;
        Dedicated = dedicated;
    }

    public IServiceProvider Services => host.Services;

    public string Neo4jUri { get; }

    /// <summary>True when the benchmark started its own server (which it may wipe freely).</summary>
    public bool Dedicated { get; }

    public IGraphStore Store => Services.GetRequiredService<IGraphStore>();

    public static async Task<BenchHost> StartAsync(TextWriter output, Action<HostApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        var builder = GraphHost.CreateBuilder(worker: false);
        var dedicated = string.IsNullOrWhiteSpace(builder.Configuration[GraphConfiguration.Neo4jUriKey]);
        if (dedicated)
        {
            var uri = await BenchNeo4j.StartAsync(output, cancellationToken).ConfigureAwait(false);
            builder.Configuration.AddInMemoryCollection([new(GraphConfiguration.Neo4jUriKey, uri)]);
        }

        configure?.Invoke(builder);
        var host = GraphHost.Build(builder, worker: false);
        // A broken ontology stops the benchmark here, before any timing.
        host.Services.GetRequiredService<OntologyDefinition>();
        return new BenchHost(host, builder.Configuration[GraphConfiguration.Neo4jUriKey]!, dedicated);
    }

    /// <summary>Our ingest, as <c>graph ingest</c> runs it, with the baseline beside it.</summary>
    public IngestBenchmark Ingest() => new(
        Services.GetRequiredService<Neo4jClient>(), Store, Services.GetRequiredService<ArticleIngestor>(),
        Services.GetRequiredService<ILogger<IngestRunner>>(), Services.GetRequiredService<IOptions<GraphOptions>>().Value.MinConfidence);

    public void Dispose() => host.Dispose();
}
