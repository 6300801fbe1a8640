namespace Graph.Worker.Sources.Feeds;

/// <summary>One entry of a feed: <see cref="Key"/> (its id, else its link) says whether it was seen before.</summary>
internal sealed record FeedItem(string Key, Uri Link, string? Title, DateTimeOffset? Published);
