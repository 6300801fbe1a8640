using Graph.Worker.Visualization;

namespace Graph.Worker.Tests.Visualization;

public sealed class DatePeriodTests
{
    [Theory]
    [InlineData("2024-06", "2024-06-01", "2024-06-30")]
    [InlineData("2024-06-19", "2024-06-19", "2024-06-19")]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-11-11T08:30:00Z", "2024-11-11", "2024-11-11")]
    public void A_stored_date_covers_the_days_it_names(string text, string start, string end)
    {
        Assert.True(DatePeriod.TryParse(text, out var period));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
    }

    [Fact]
    public void A_fact_dated_by_month_is_inside_a_range_that_starts_mid_month()
    {
        DatePeriod.TryParse("2024-06", out var june);
        Assert.True(june.Overlaps(new DateOnly(2024, 6, 15), null));
        Assert.False(june.Overlaps(new DateOnly(2024, 7, 1), null));
        Assert.False(june.Overlaps(null, new DateOnly(2024, 5, 31)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("June")]
    [InlineData("2024-13")]
    public void Text_that_is_not_a_date_is_refused(string text) => Assert.False(DatePeriod.TryParse(text, out _));
}
