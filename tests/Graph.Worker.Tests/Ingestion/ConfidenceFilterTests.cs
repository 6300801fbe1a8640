using Graph.Worker.Ingestion;
using Graph.Worker.Tests.Support;

namespace Graph.Worker.Tests.Ingestion;

public sealed class ConfidenceFilterTests
{
    [Fact]
    public void Facts_below_the_minimum_are_dropped_and_reported_as_rejections()
    {
        var extraction = new FakeExtractor(TestData.Fact(0.9), TestData.Fact(0.4, "MET")).Extract(TestData.Article("a"));

        var filtered = ConfidenceFilter.Apply(extraction, 0.5);

        var kept = Assert.Single(filtered.Relations);
        Assert.Equal("SIGNED", kept.Type);
        Assert.Equal(extraction.Rejected.Length + 1, filtered.Rejected.Length);
        var rejection = filtered.Rejected[^1];
        Assert.Equal("MET kim-jong-un treaty: confidence 0.4 below the minimum 0.5", rejection.Reason);
        Assert.Equal("MET", rejection.Relation);
    }

    [Fact]
    public void A_minimum_of_zero_returns_the_extraction_untouched()
    {
        var extraction = new FakeExtractor(TestData.Fact(0.1)).Extract(TestData.Article("a"));

        Assert.Same(extraction, ConfidenceFilter.Apply(extraction, 0));
    }

    [Fact]
    public void A_fact_exactly_at_the_minimum_is_kept()
    {
        var extraction = new FakeExtractor(TestData.Fact(0.5)).Extract(TestData.Article("a"));

        Assert.Single(ConfidenceFilter.Apply(extraction, 0.5).Relations);
    }
}
