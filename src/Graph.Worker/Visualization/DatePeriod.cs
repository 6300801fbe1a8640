using System.Globalization;

namespace Graph.Worker.Visualization;

/// <summary>
/// A date as the graph stores it (<c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>), read as the days it covers, so
/// "2024-06" is inside a range starting 2024-06-15: a fact dated by month overlaps any day of that month.
/// </summary>
internal readonly record struct DatePeriod(DateOnly Start, DateOnly End)
{
    public static bool TryParse(string? text, out DatePeriod period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        // Article dates may carry a time ("2024-11-11T08:00:00Z"): the day is enough here.
        if (value.Length > 10 && value[10] is 'T' or ' ')
        {
            value = value[..10];
        }

        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
        {
            period = new DatePeriod(day, day);
            return true;
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", culture, DateTimeStyles.None, out var month))
        {
            period = new DatePeriod(month, month.AddMonths(1).AddDays(-1));
            return true;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, culture, out var year) && year is >= 1 and <= 9999)
        {
            period = new DatePeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }

        return false;
    }

    public bool Overlaps(DateOnly? from, DateOnly? to) =>
        (from is not { } f || End >= f) && (to is not { } t || Start <= t);
}
