using System.Globalization;

namespace Graph.Worker.Ingestion;

/// <summary>
/// What one article may cost: extraction time, relations, and the length of the sentence or statement each fact
/// stores (the <c>Graph:</c> settings of the same names).
/// </summary>
internal sealed record ArticleLimits(TimeSpan FileTimeout, int MaxRelations, int MaxStatementChars = ArticleLimits.DefaultMaxStatementChars)
{
    public static readonly TimeSpan DefaultFileTimeout = TimeSpan.FromSeconds(30);

    public const int DefaultMaxRelations = 2_000;

    /// <summary>A real sentence is a few hundred characters; a text with no sentence ends is one "sentence" per fact.</summary>
    public const int DefaultMaxStatementChars = 20_000;

    /// <summary>
    /// Text shorter than this is extracted on the caller's thread, unwatched: at the measured 7 MB/s it takes a few
    /// milliseconds, and a watched extraction costs a thread of its own.
    /// </summary>
    public const int WatchedFromChars = 64 * 1024;

    public static ArticleLimits Default { get; } = new(DefaultFileTimeout, DefaultMaxRelations);

    internal string DescribeTimeout() =>
        FileTimeout.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{FileTimeout.TotalSeconds:0.#} s")
            : string.Create(CultureInfo.InvariantCulture, $"{FileTimeout.TotalMilliseconds:0} ms");
}

/// <summary>An article went over one of the <see cref="ArticleLimits"/>; the message names the setting.</summary>
internal sealed class ArticleLimitException(string message) : Exception(message);
