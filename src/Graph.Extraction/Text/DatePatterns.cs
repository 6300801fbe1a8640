using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Extraction.Text;

/// <summary>
/// Calendar dates as news pages print them, in French and English: "11 novembre 2024", "1er juin 2024",
/// "2024-06-20", "June 19, 2024", "19 June 2024", "Sept. 13, 2023". Shared by the boilerplate remover
/// (timestamp lines) and the loader (publication date).
/// </summary>
internal static partial class DatePatterns
{
    internal const string Months =
        "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
        + "|january|february|march|april|may|june|july|august|september|october|november|december"
        + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|janv|févr|fevr|avr|juil|déc";

    [GeneratedRegex(
        @"\b(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})(?![\d-])"
        + @"|\b(?<dd>\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?<dm>" + Months + @")\.?\s+(?<dy>\d{4})\b"
        + @"|\b(?<mm>" + Months + @")\.?\s+(?<md>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<my>\d{4})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.MatchTimeoutMilliseconds)]
    internal static partial Regex Date();

    /// <summary>The first valid calendar date in <paramref name="text"/>, as yyyy-MM-dd, or null.</summary>
    internal static string? FindFirst(string text)
    {
        foreach (Match match in Date().Matches(text))
        {
            if (TryRead(match, out var date))
            {
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    internal static bool TryRead(Match match, out DateOnly date)
    {
        date = default;
        string year, month, day;
        if (match.Groups["iy"].Success)
        {
            (year, month, day) = (match.Groups["iy"].Value, match.Groups["im"].Value, match.Groups["id"].Value);
        }
        else if (match.Groups["dy"].Success)
        {
            (year, month, day) = (match.Groups["dy"].Value, MonthNumber(match.Groups["dm"].Value), match.Groups["dd"].Value);
        }
        else
        {
            (year, month, day) = (match.Groups["my"].Value, MonthNumber(match.Groups["mm"].Value), match.Groups["md"].Value);
        }

        return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            && (date = new DateOnly(y, m, d)) != default;
    }

    private static string MonthNumber(string name)
    {
        var key = name.ToLowerInvariant();
        var number = key switch
        {
            "janvier" or "january" or "jan" or "janv" => 1,
            "février" or "fevrier" or "february" or "feb" or "févr" or "fevr" => 2,
            "mars" or "march" or "mar" => 3,
            "avril" or "april" or "apr" or "avr" => 4,
            "mai" or "may" => 5,
            "juin" or "june" or "jun" => 6,
            "juillet" or "july" or "jul" or "juil" => 7,
            "août" or "aout" or "august" or "aug" => 8,
            "septembre" or "september" or "sept" or "sep" => 9,
            "octobre" or "october" or "oct" => 10,
            "novembre" or "november" or "nov" => 11,
            _ => 12,
        };
        return number.ToString(CultureInfo.InvariantCulture);
    }
}
