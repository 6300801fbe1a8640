using Graph.Worker.Hosting;
using YamlDotNet.RepresentationModel;

namespace Graph.Worker.Tests.Docker;

/// <summary>
/// What can be checked of docker-compose.yml without a Docker engine: RabbitMQ is there and healthy before the
/// workers start, and the queue worker can be scaled (<c>docker compose up --scale worker=3</c>).
/// </summary>
public sealed class ComposeTests
{
    private static readonly string Root = RepositoryRoot.FindFrom(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("run the tests from the repository");

    private static readonly YamlMappingNode Services = LoadServices();

    [Fact]
    public void Compose_runs_a_pinned_rabbitmq_with_a_health_check()
    {
        var rabbit = Service("rabbitmq");
        Assert.Matches(@"^rabbitmq:3\.(1[0-9]|[89])(\.[0-9]+)?(-management)?$", Scalar(rabbit, "image"));
        Assert.True(rabbit.Children.ContainsKey("healthcheck"));
    }

    [Fact]
    public void The_queue_worker_consumes_rabbitmq_and_waits_for_it_to_be_healthy()
    {
        var worker = Service("worker");
        Assert.Equal(["run", "--source", "rabbitmq"], ((YamlSequenceNode)worker["command"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal("rabbitmq", Scalar((YamlMappingNode)worker["environment"], "RABBITMQ_HOST"));
        Assert.Equal("service_healthy", Scalar((YamlMappingNode)((YamlMappingNode)worker["depends_on"])["rabbitmq"], "condition"));
    }

    [Fact]
    public void The_queue_worker_can_be_scaled_it_names_no_container_and_publishes_no_host_port()
    {
        var worker = Service("worker");
        Assert.False(worker.Children.ContainsKey("container_name"), "a fixed container_name allows one replica only");
        Assert.False(worker.Children.ContainsKey("ports"), "a host port can be bound by one replica only");
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    private static string? Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value;

    private static YamlMappingNode LoadServices()
    {
        using var reader = new StreamReader(Path.Combine(Root, "docker-compose.yml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["services"];
    }
}
