namespace Graph.Worker.Benchmarks;

/// <summary>The languages a generated corpus is written in.</summary>
internal enum CorpusLanguage
{
    Mixed,
    French,
    English,
}

/// <summary>
/// Writes a deterministic synthetic corpus for the benchmarks: <c>{index:D6}.json</c> files, one article each,
/// streamed to disk one at a time so the corpus is never held in memory. The same count, seed and language give
/// byte-identical files.
/// </summary>
internal static class CorpusGenerator
{
    public static CorpusSummary Generate(string directory, int articles, int seed, CorpusLanguage language)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(articles);
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        var writer = new ArticleWriter(new NamePools(articles, random));
        long bytes = 0;
        for (var i = 0; i < articles; i++)
        {
            var french = language switch
            {
                CorpusLanguage.French => true,
                CorpusLanguage.English => false,
                _ => random.Next(2) == 0,
            };
            var path = Path.Combine(directory, $"{i:D6}.json");
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 16384))
            {
                writer.Write(new Utf8JsonWriterTarget(file), i, french, random);
                bytes += file.Length;
            }
        }

        return new CorpusSummary(directory, articles, bytes);
    }
}

internal sealed record CorpusSummary(string Directory, int Articles, long Bytes);
