using Graph.Core.Ports;
using Graph.Neo4j.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Neo4jClient"/> and <see cref="Neo4jGraphStore"/> (as <see cref="IGraphStore"/>), singletons,
    /// with <see cref="Neo4jOptions"/> bound from <paramref name="section"/> (e.g. <c>configuration.GetSection("Neo4j")</c>)
    /// and validated when the host starts.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<Neo4jOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        services.TryAddSingleton(sp => new Neo4jClient(
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value,
            sp.GetService<ILogger<Neo4jClient>>(),
            sp.GetService<TimeProvider>()));
        services.TryAddSingleton(sp => new Neo4jGraphStore(
            sp.GetRequiredService<Neo4jClient>(),
            sp.GetService<ILogger<Neo4jGraphStore>>(),
            sp.GetService<TimeProvider>())
        {
            MaxArticlesPerWrite = sp.GetRequiredService<IOptions<Neo4jOptions>>().Value.WriteBatchArticles,
            MaxRowsPerWrite = sp.GetRequiredService<IOptions<Neo4jOptions>>().Value.WriteBatchRows,
        });
        services.TryAddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        return services;
    }
}
