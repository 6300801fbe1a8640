using Graph.Core.Ports;
using Graph.Extraction.Loading;
using Graph.Worker.Hosting;
using Graph.Worker.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Sources.RabbitMq;

/// <summary>The queue worker of <c>graph run --source rabbitmq</c>, and the settings publishers share with it.</summary>
internal static class RabbitMqServiceCollectionExtensions
{
    public static IServiceCollection AddRabbitMqOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RabbitMqOptions>()
            .Bind(configuration.GetSection(RabbitMqOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RabbitMqOptions>, RabbitMqOptionsValidator>();
        return services;
    }

    public static IServiceCollection AddRabbitMqWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRabbitMqOptions(configuration);
        services.AddWorkerStoreRetry();
        services.AddGraphMetrics(configuration, "graph-worker");
        services.AddSingleton(sp =>
        {
            var readOptions = sp.GetRequiredService<IOptions<GraphOptions>>().Value.ReadOptions();
            var prefetch = (ushort)Math.Clamp(sp.GetRequiredService<IGraphStore>().MaxArticlesPerWrite, 1, ushort.MaxValue);
            return new RabbitMqArticleSource(
                sp.GetRequiredService<IOptions<RabbitMqOptions>>().Value,
                (body, name) => ArticleFileReader.ReadBytes(body, name, readOptions),
                prefetch,
                sp.GetRequiredService<GraphMetrics>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<RabbitMqArticleSource>>());
        });
        services.AddSingleton<IArticleSource>(sp => sp.GetRequiredService<RabbitMqArticleSource>());
        services.AddSingleton<QueueBatchWriter>();
        services.AddSingleton<QueueWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<QueueWorker>());
        services.AddHostedService<QueueDepthSampler>();
        return services;
    }
}
