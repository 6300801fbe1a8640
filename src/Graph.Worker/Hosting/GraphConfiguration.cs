using Microsoft.Extensions.Configuration;

namespace Graph.Worker.Hosting;

/// <summary>
/// Where settings come from, later sources winning: <c>appsettings.json</c> next to the executable, the plain
/// <c>NEO4J_URI</c>/<c>NEO4J_USER</c> (or <c>NEO4J_USERNAME</c>)/<c>NEO4J_PASSWORD</c>/<c>NEO4J_DATABASE</c> variables,
/// as Aura's credentials file names them, the plain <c>RABBITMQ_HOST</c>/<c>RABBITMQ_PORT</c>/<c>RABBITMQ_VHOST</c>/
/// <c>RABBITMQ_USER</c>/<c>RABBITMQ_PASSWORD</c> variables, then <c>GRAPH_</c>-prefixed variables
/// (<c>GRAPH_Neo4j__Uri</c>, <c>GRAPH_Graph__Inbox</c>).
/// </summary>
internal static class GraphConfiguration
{
    public const string EnvironmentPrefix = "GRAPH_";
    public const string Neo4jSection = "Neo4j";
    public const string Neo4jUriKey = "Neo4j:Uri";

    private static readonly (string Variable, string Key)[] PlainVariables =
    [
        ("NEO4J_URI", Neo4jUriKey),
        // Aura's credentials file says NEO4J_USERNAME; NEO4J_USER, listed after it, wins when both are set.
        ("NEO4J_USERNAME", "Neo4j:User"),
        ("NEO4J_USER", "Neo4j:User"),
        ("NEO4J_PASSWORD", "Neo4j:Password"),
        ("NEO4J_DATABASE", "Neo4j:Database"),
        // The queue of `graph run --source rabbitmq`, `graph publish` and `graph follow`.
        ("RABBITMQ_HOST", "RabbitMq:Host"),
        ("RABBITMQ_PORT", "RabbitMq:Port"),
        ("RABBITMQ_VHOST", "RabbitMq:VirtualHost"),
        ("RABBITMQ_USER", "RabbitMq:User"),
        ("RABBITMQ_PASSWORD", "RabbitMq:Password"),
    ];

    public static IConfigurationBuilder AddGraphSources(this IConfigurationBuilder builder, string baseDirectory, Func<string, string?> getVariable)
    {
        builder.AddJsonFile(Path.Combine(baseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        builder.AddInMemoryCollection(PlainNeo4jVariables(getVariable));
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        return builder;
    }

    internal static Dictionary<string, string?> PlainNeo4jVariables(Func<string, string?> getVariable)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, key) in PlainVariables)
        {
            if (getVariable(variable) is { Length: > 0 } value)
            {
                values[key] = value;
            }
        }

        return values;
    }
}
