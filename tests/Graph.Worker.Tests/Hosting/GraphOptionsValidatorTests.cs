using Graph.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Tests.Hosting;

public sealed class GraphOptionsValidatorTests
{
    private readonly GraphOptionsValidator validator = new();

    [Fact]
    public void The_documented_defaults_are_valid() => Assert.True(validator.Validate(null, new GraphOptions()).Succeeded);

    [Fact]
    public void Every_bad_setting_is_named()
    {
        var options = new GraphOptions
        {
            OntologyPath = " ",
            Processing = "../elsewhere",
            Processed = "failed",
            PollInterval = TimeSpan.Zero,
            MinConfidence = 1.5,
            ExportPageSize = 0,
        };

        var failures = validator.Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.Contains("Graph:OntologyPath", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Graph:Processing must be a plain folder name", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("three different folder names", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Graph:PollInterval", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Graph:MinConfidence", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Graph:ExportPageSize", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_configuration_fails_when_the_options_are_first_read()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Graph:MinConfidence", "2"), new("Graph:PollInterval", "00:00:01")])
            .Build();
        using var services = new ServiceCollection().AddLogging().AddGraph(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Contains("Graph:MinConfidence must be between 0 and 1 (got 2).", error.Failures);
    }

    [Fact]
    public void Configuration_values_are_bound_onto_the_options()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Graph:Inbox", "/srv/inbox"), new("Graph:PollInterval", "00:00:30"), new("Graph:MinConfidence", "0.6")])
            .Build();
        using var services = new ServiceCollection().AddLogging().AddGraph(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<GraphOptions>>().Value;

        Assert.Equal(("/srv/inbox", TimeSpan.FromSeconds(30), 0.6), (options.Inbox, options.PollInterval, options.MinConfidence));
    }
}
