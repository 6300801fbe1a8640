using Graph.Worker.Benchmarks;

namespace Graph.Worker.Tests.Benchmarks;

public sealed class BenchStatisticsTests
{
    [Theory]
    [InlineData(new double[] { 5.2, 4.1, 6.3 }, 5.2)]
    [InlineData(new double[] { 4.0, 6.0, 5.0, 3.0 }, 4.5)]
    [InlineData(new double[] { 7.5 }, 7.5)]
    [InlineData(new double[0], 0.0)]
    public void Median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(double[] values, double expected) =>
        Assert.Equal(expected, BenchStatistics.Median(values), precision: 10);
}
