namespace Graph.Worker.Sources.Feeds;

/// <summary>The answer to one conditional GET of a feed: not modified, or its items (document order) and new validators.</summary>
internal sealed record FeedPoll(bool NotModified, string? FeedTitle, IReadOnlyList<FeedItem> Items, string? ETag, string? LastModified)
{
    public static FeedPoll Unchanged { get; } = new(true, null, [], null, null);
}
