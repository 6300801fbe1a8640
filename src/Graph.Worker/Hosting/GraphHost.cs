using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Graph.Worker.Hosting;

/// <summary>Builds the host every command runs in: configuration, logging to stderr, Graph's services.</summary>
internal static class GraphHost
{
    /// <summary>Time the worker gets to finish the article in hand after Ctrl+C or SIGTERM.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromMinutes(2);

    /// <summary>A builder with configuration and logging; services are added by <see cref="Build"/>.</summary>
    /// <param name="worker">True for <c>graph run</c>: information-level logs; commands log warnings only, their output is the report.</param>
    public static HostApplicationBuilder CreateBuilder(bool worker)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "graph",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddGraphSources(AppContext.BaseDirectory, Environment.GetEnvironmentVariable);
        builder.Logging.SetMinimumLevel(worker ? LogLevel.Information : LogLevel.Warning);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });

        // Standard output carries reports and JSON; logs never mix into it.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        return builder;
    }

    /// <summary>
    /// Starts the local development server when no Neo4j address is configured, and points the configuration at it.
    /// Must run before <see cref="Build"/>, so the store is bound to the final address.
    /// </summary>
    public static async Task UseLocalNeo4jIfUnconfiguredAsync(HostApplicationBuilder builder, TextWriter output, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration[GraphConfiguration.Neo4jUriKey]))
        {
            return;
        }

        var uri = await LocalNeo4j.StartAsync(output, cancellationToken).ConfigureAwait(false);
        builder.Configuration.AddInMemoryCollection([new(GraphConfiguration.Neo4jUriKey, uri)]);
    }

    public static IHost Build(HostApplicationBuilder builder, bool worker)
    {
        builder.Services.AddGraph(builder.Configuration);
        if (worker)
        {
            builder.Services.AddInboxWorker();
        }

        return builder.Build();
    }
}
