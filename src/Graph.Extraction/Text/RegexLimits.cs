namespace Graph.Extraction.Text;

/// <summary>
/// The one match timeout of every pattern the extractor runs. It exists to stop a pattern that backtracks without
/// end, not to bound ordinary work: on a machine loaded forty deep a single match can wait seconds for a core, and a
/// one-second limit then failed good articles (and tests). Thirty seconds is far above any honest match.
/// </summary>
internal static class RegexLimits
{
    /// <summary>For <c>[GeneratedRegex]</c>, which takes milliseconds as a constant.</summary>
    public const int MatchTimeoutMilliseconds = 30_000;

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds);
}
