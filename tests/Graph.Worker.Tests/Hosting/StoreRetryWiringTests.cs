using Graph.Neo4j;
using Graph.Neo4j.Resilience;
using Graph.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Tests.Hosting;

public sealed class StoreRetryWiringTests
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder()
        .AddInMemoryCollection([new("Neo4j:MaxRetries", "4"), new("Graph:RetryDelay", "00:00:02")])
        .Build();

    [Fact]
    public void The_cli_client_gives_up_after_the_configured_retries()
    {
        using var services = new ServiceCollection().AddLogging().AddGraph(Configuration).BuildServiceProvider();

        Assert.Equal(4, services.GetRequiredService<IOptions<Neo4jOptions>>().Value.MaxRetries);
        Assert.Null(services.GetService<StoreRetryPolicy>());
    }

    [Fact]
    public void The_worker_retries_once_until_stopped_and_its_client_does_not_retry_underneath()
    {
        using var services = new ServiceCollection().AddLogging().AddGraph(Configuration).AddInboxWorker().BuildServiceProvider();

        var policy = services.GetRequiredService<StoreRetryPolicy>().Options;

        Assert.Equal(0, services.GetRequiredService<IOptions<Neo4jOptions>>().Value.MaxRetries);
        Assert.Null(policy.MaxRetries);
        Assert.True(policy.WaitForOperator);
        Assert.Equal(TimeSpan.FromSeconds(2), policy.FirstDelay);
    }
}
