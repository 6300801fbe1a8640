using System.Collections.Immutable;

namespace Graph.Worker.Sources.Feeds;

/// <summary>
/// What the follower remembers of one feed between polls and restarts: the validators of its last answer (for a
/// conditional GET) and the keys of the items already published or skipped for good, oldest first.
/// </summary>
internal sealed record FeedState(string Url, string? ETag, string? LastModified, ImmutableList<string> Seen)
{
    public static FeedState New(string url) => new(url, null, null, []);

    public bool HasSeen(string key) => Seen.Contains(key);

    /// <summary>Remembers <paramref name="key"/>, forgetting the oldest keys past <paramref name="max"/>.</summary>
    public FeedState Remember(string key, int max)
    {
        var seen = Seen.Add(key);
        return this with { Seen = seen.Count > max ? seen.RemoveRange(0, seen.Count - max) : seen };
    }
}
