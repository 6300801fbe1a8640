using Graph.Worker.Benchmarks;

namespace Graph.Worker.Tests.Benchmarks;

public sealed class BenchPortsTests
{
    [Fact]
    public void A_checkout_always_gets_the_same_ports_whatever_the_process()
    {
        // The value is fixed by the path alone: a process-randomised hash would move the server at every run.
        Assert.Equal(BenchPorts.For("/work/wt-cli"), BenchPorts.For("/work/wt-cli/"));
        Assert.Equal(BenchPorts.For("/work/wt-cli"), BenchPorts.For("/work/./wt-cli"));
    }

    [Theory]
    [InlineData("/work/main", "/work/wt-cli")]
    [InlineData("/home/ana/graph", "/home/ben/graph")]
    public void Two_checkouts_get_different_ports(string one, string other)
    {
        var first = BenchPorts.For(one);
        var second = BenchPorts.For(other);

        Assert.NotEqual(first.Http, second.Http);
        Assert.NotEqual(first.Bolt, second.Bolt);
    }

    [Theory]
    [InlineData("/work/main")]
    [InlineData("/srv/checkouts/graph-17")]
    [InlineData("relative/checkout")]
    public void Ports_stay_in_the_benchmark_range_away_from_the_development_and_test_servers(string checkout)
    {
        var ports = BenchPorts.For(checkout);

        Assert.InRange(ports.Http, 17_400, 17_599);
        Assert.InRange(ports.Bolt, 17_600, 17_799);
        Assert.Equal(ports.Http + 200, ports.Bolt);
    }
}
