namespace Graph.Extraction.Loading;

/// <summary>Limits and rules for reading article files; the defaults are those of the <c>Graph:</c> settings.</summary>
public sealed record ArticleReadOptions
{
    /// <summary>10 MB: a news article is a few kilobytes, a saved web page rarely over one megabyte.</summary>
    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Elements open inside one another in real pages: a few dozen. 500 is far above and parses in milliseconds.</summary>
    public const int DefaultMaxHtmlNesting = 500;

    public static ArticleReadOptions Default { get; } = new();

    /// <summary>Largest file read, in bytes (<c>Graph:MaxArticleBytes</c>).</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Deepest nesting of HTML elements parsed (<c>Graph:MaxHtmlNesting</c>); deeper pages are refused before parsing.</summary>
    public int MaxHtmlNesting { get; init; } = DefaultMaxHtmlNesting;

    /// <summary>True to refuse a symbolic link instead of reading its target (the inbox of <c>graph run</c>).</summary>
    public bool RefuseSymbolicLinks { get; init; }
}
