using Graph.Neo4j.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    [Fact]
    public void Defaults_point_at_a_local_server()
    {
        var options = new Neo4jOptions();

        Assert.Equal(new Uri("http://localhost:7474"), options.Uri);
        Assert.Equal("neo4j", options.Database);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ConnectTimeout);
        Assert.Equal(5, options.MaxRetries);
        Assert.True(new Neo4jOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void ToString_shows_the_user_but_never_the_password()
    {
        var text = new Neo4jOptions { User = "graph", Password = "hunter2-secret" }.ToString();

        Assert.Contains("graph", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Http_and_bolt_uris_are_accepted_and_other_schemes_are_not()
    {
        var validator = new Neo4jOptionsValidator();

        Assert.True(validator.Validate(null, new Neo4jOptions { Uri = new Uri("https://db.example.org:7473") }).Succeeded);
        Assert.True(validator.Validate(null, new Neo4jOptions { Uri = new Uri("bolt://localhost:7687") }).Succeeded);
        Assert.True(validator.Validate(null, new Neo4jOptions { Uri = new Uri("neo4j+s://abc123.databases.neo4j.io") }).Succeeded);
        var ftp = validator.Validate(null, new Neo4jOptions { Uri = new Uri("ftp://localhost:7474") });
        Assert.True(ftp.Failed);
        Assert.Contains("Neo4j:Uri", ftp.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Nonsensical_limits_and_a_password_without_user_are_reported_together()
    {
        var result = new Neo4jOptionsValidator().Validate(null, new Neo4jOptions
        {
            Password = "x", RequestTimeout = TimeSpan.Zero, MaxRetries = -1, Database = "bad name",
        });

        Assert.Equal(4, result.Failures!.Count());
    }

    [Fact]
    public void The_di_extension_binds_the_section_and_validates_it()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Neo4j:Uri"] = "http://db:7474", ["Neo4j:Database"] = "news", ["Neo4j:MaxRetries"] = "2",
            })
            .Build();
        using var provider = new ServiceCollection().AddNeo4jGraphStore(configuration.GetSection("Neo4j")).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(new Uri("http://db:7474"), options.Uri);
        Assert.Equal("news", options.Database);
        Assert.Equal(2, options.MaxRetries);
        Assert.IsType<Neo4jGraphStore>(provider.GetRequiredService<Graph.Core.Ports.IGraphStore>());
    }

    [Fact]
    public void The_di_extension_refuses_invalid_options_when_resolved()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Neo4j:MaxRetries"] = "99" })
            .Build();
        using var provider = new ServiceCollection().AddNeo4jGraphStore(configuration.GetSection("Neo4j")).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jOptions>>().Value);
    }
}
