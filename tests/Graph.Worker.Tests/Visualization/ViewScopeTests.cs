using Graph.Worker.Visualization;

namespace Graph.Worker.Tests.Visualization;

public sealed class ViewScopeTests
{
    private static readonly (string, string)[] Chain = [("a", "b"), ("c", "b"), ("c", "d"), ("x", "y")];

    [Fact]
    public void The_neighbourhood_follows_links_both_ways_up_to_the_depth()
    {
        Assert.Equal(["a", "b"], ViewScope.Around("a", 1, Chain).Order());
        Assert.Equal(["a", "b", "c"], ViewScope.Around("a", 2, Chain).Order());
        Assert.Equal(["a", "b", "c", "d"], ViewScope.Around("a", 6, Chain).Order());
    }

    [Fact]
    public void An_entity_without_facts_is_its_own_neighbourhood() => Assert.Equal(["z"], ViewScope.Around("z", 2, Chain));
}
