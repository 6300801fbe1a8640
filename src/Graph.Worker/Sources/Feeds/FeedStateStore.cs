using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Graph.Worker.Sources.Feeds;

/// <summary>
/// One JSON file per feed, named by a hash of its URL. Written to a temporary file and renamed over the old one, so
/// a crash mid-write leaves the previous state, never a truncated one.
/// </summary>
internal sealed class FeedStateStore(string folder)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public FeedState Load(string url)
    {
        var path = PathOf(url);
        if (!File.Exists(path))
        {
            return FeedState.New(url);
        }

        try
        {
            return JsonSerializer.Deserialize<FeedState>(File.ReadAllBytes(path), Json) is { Url: var stored } state && stored == url
                ? state
                : throw new InvalidDataException("it holds the state of another feed");
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new InvalidDataException(
                $"The state of feed {url} in {path} cannot be read ({e.Message}). Delete the file to start that feed afresh (its items will be published again).", e);
        }
    }

    public void Save(FeedState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Directory.CreateDirectory(folder);
        var path = PathOf(state.Url);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(state, Json));
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string url) =>
        Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..16] + ".json");
}
