namespace Graph.Worker.Sources.Feeds;

/// <summary>The <c>Feeds</c> configuration section of <c>graph follow</c>.</summary>
internal sealed class FeedOptions
{
    public const string SectionName = "Feeds";

    /// <summary>Folder of the per-feed state (validators and items already published); relative to the repository root. Default: <c>data/feeds</c>.</summary>
    public string StateFolder { get; set; } = "data/feeds";

    /// <summary>
    /// Shortest article text published, in characters; a shorter page is an empty page or a paywall stub (a teaser
    /// and a prompt to subscribe) and is skipped. Default: 400.
    /// </summary>
    public int MinTextLength { get; set; } = 400;

    /// <summary>Items remembered per feed; a feed lists its last few dozen, so this is ample. Default: 5000.</summary>
    public int MaxRemembered { get; set; } = 5000;

    /// <summary>Time allowed for one feed or page request. Default: 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
