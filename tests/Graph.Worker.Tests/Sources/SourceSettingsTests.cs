using Graph.Core.Articles;
using Graph.Worker.Cli;
using Graph.Worker.Hosting;
using Graph.Worker.Sources.RabbitMq;

namespace Graph.Worker.Tests.Sources;

public sealed class SourceSettingsTests
{
    [Fact]
    public void The_broker_is_described_for_logs_without_its_password()
    {
        var options = new RabbitMqOptions { Host = "mq.internal", Port = 5671, User = "ingest", Password = "s3cret-value", VirtualHost = "news" };

        Assert.Equal("ingest@mq.internal:5671/news", options.Describe());
        Assert.DoesNotContain("s3cret-value", options.Describe(), StringComparison.Ordinal);
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void Broken_broker_settings_are_each_named_with_the_setting_to_change()
    {
        var problems = new RabbitMqOptions { Host = " ", Port = 0, Queue = "q", DeadLetterQueue = "q", DeliveryLimit = 0 }.Problems().ToList();

        Assert.Contains(problems, p => p.StartsWith("RabbitMq:Host", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("RabbitMq:Port", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("RabbitMq:Queue", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("RabbitMq:DeliveryLimit", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_rabbitmq_variables_map_to_the_rabbitmq_section()
    {
        var values = GraphConfiguration.PlainNeo4jVariables(name => name switch
        {
            "RABBITMQ_HOST" => "mq",
            "RABBITMQ_PASSWORD" => "pw",
            _ => null,
        });

        Assert.Equal("mq", values["RabbitMq:Host"]);
        Assert.Equal("pw", values["RabbitMq:Password"]);
    }

    [Theory]
    [InlineData("300", 300)]
    [InlineData("30s", 30)]
    [InlineData("5m", 300)]
    [InlineData("0.5s", 0.5)]
    [InlineData("1h", 3600)]
    public void Follow_intervals_are_seconds_or_a_number_with_a_unit(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), FollowCommand.ParseInterval(text));

    [Theory]
    [InlineData("soon")]
    [InlineData("-5m")]
    [InlineData("5d")]
    public void A_follow_interval_that_is_not_a_duration_is_refused_with_the_forms_accepted(string text) =>
        Assert.Contains("30s, 5m, 1h", Assert.Throws<CommandAbortedException>(() => FollowCommand.ParseInterval(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_refusal_needs_a_reason_and_is_not_a_write()
    {
        Assert.True(ArticleSettlement.Written.IsWritten);
        Assert.False(ArticleSettlement.Refused("not valid JSON").IsWritten);
        Assert.Throws<ArgumentException>(() => ArticleSettlement.Refused(" "));
    }
}
