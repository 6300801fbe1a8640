using System.Text.RegularExpressions;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>
/// The benchmarks of BENCHMARKS.md, shrunk to 20 articles: they must run and report numbers. Nothing here is
/// timed: a slow CI machine is not a failure.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed partial class BenchSmokeTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private const int Articles = 20;

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => server.ResetAsync();

    [Fact]
    public async Task Generate_extract_and_ingest_benchmarks_complete_and_report_throughput()
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"graph-bench-smoke-{Guid.NewGuid():N}");
        try
        {
            var (generated, generateOutput) = await GraphCli.RunAsync(server.Options, "bench", "generate", "--articles", $"{Articles}", "--seed", "3", "--out", corpus);
            Assert.True(generated == 0, generateOutput);
            Assert.Equal(Articles, Directory.GetFiles(corpus, "*.json").Length);

            var (extracted, extractOutput) = await GraphCli.RunAsync(server.Options, "bench", "extract", "--corpus", corpus);
            Assert.True(extracted == 0, extractOutput);
            Assert.Equal(2, ExtractLine().Matches(extractOutput).Count); // one thread, then all cores

            var (ingested, ingestOutput) = await GraphCli.RunAsync(server.Options, "bench", "ingest", "--corpus", corpus, "--baseline-rows", "100");
            Assert.True(ingested == 0, ingestOutput);
            Assert.Matches(OursLine(), ingestOutput);
            Assert.Matches(RatioLine(), ingestOutput);
        }
        finally
        {
            if (Directory.Exists(corpus))
            {
                Directory.Delete(corpus, recursive: true);
            }
        }
    }

    [GeneratedRegex(@"^extract threads=\d+ articles=20 failed=0 .* MB/s=\d+\.\d+ articles/s=\d+\.\d", RegexOptions.Multiline)]
    private static partial Regex ExtractLine();

    [GeneratedRegex(@"side=ours articles=20 failed=0 facts=[1-9]\d* .* facts/s=\d+\.\d")]
    private static partial Regex OursLine();

    [GeneratedRegex(@"ratio facts/s ours/baseline=\d+\.\d{3}")]
    private static partial Regex RatioLine();
}
