using Graph.Worker.Sources.Feeds;

namespace Graph.Worker.Tests.Sources;

public sealed class FeedStateTests
{
    [Fact]
    public void Remembering_past_the_limit_forgets_the_oldest_keys_first()
    {
        var state = FeedState.New("https://example.org/rss");
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            state = state.Remember(key, max: 3);
        }

        Assert.Equal(["b", "c", "d"], state.Seen);
        Assert.False(state.HasSeen("a"));
    }

    [Fact]
    public void A_saved_state_loads_back_equal_and_a_corrupt_one_names_its_file_and_the_fix()
    {
        var folder = Directory.CreateTempSubdirectory("graph-feeds-").FullName;
        try
        {
            var store = new FeedStateStore(folder);
            var state = FeedState.New("https://example.org/rss").Remember("item-1", 10) with { ETag = "\"v3\"", LastModified = "Tue, 01 Dec 2026 08:00:00 GMT" };
            store.Save(state);

            var loaded = store.Load(state.Url);
            Assert.Equal(state.ETag, loaded.ETag);
            Assert.Equal(state.Seen, loaded.Seen);

            File.WriteAllText(Directory.GetFiles(folder).Single(), "{ not json");
            var error = Assert.Throws<InvalidDataException>(() => store.Load(state.Url));
            Assert.Contains("Delete the file", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
