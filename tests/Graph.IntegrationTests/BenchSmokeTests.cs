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

            var (extracted, extractOutput) = await GraphCli.RunAsync(server.Options, "bench", "extract", "--corpus", corpus, "--runs", "2");
            Assert.True(extracted == 0, extractOutput);
            Assert.Equal(4, ExtractLine().Matches(extractOutput).Count); // two runs on one thread, then two on all cores
            Assert.Equal(2, ExtractMedianLine().Matches(extractOutput).Count);

            var (cli, cliOutput) = await GraphCli.RunAsync(server.Options, "bench", "extract-cli", "--corpus", corpus, "--format", "jsonl");
            Assert.True(cli == 0, cliOutput);
            Assert.Matches(CliLine(), cliOutput);

            var (ingested, ingestOutput) = await GraphCli.RunAsync(server.Options, "bench", "ingest", "--corpus", corpus, "--baseline-rows", "100", "--runs", "2");
            Assert.True(ingested == 0, ingestOutput);
            Assert.Contains("warm-up (not counted)", ingestOutput, StringComparison.Ordinal);
            Assert.Equal(2, OursLine().Matches(ingestOutput).Count);
            Assert.Equal(["ours", "baseline"], RatioLine().Matches(ingestOutput).Select(m => m.Groups[1].Value));
            Assert.Contains("median runs=2 ", ingestOutput, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(corpus))
            {
                Directory.Delete(corpus, recursive: true);
            }
        }
    }

    [GeneratedRegex(@"^extract threads=\d+ articles=20 failed=0 .* MB/s=\d+\.\d+ articles/s=\d+\.\d.* MB/s-by-tenth=\[(\d+\.\d+ ){9}\d+\.\d+\]", RegexOptions.Multiline)]
    private static partial Regex ExtractLine();

    [GeneratedRegex(@"^median threads=\d+ runs=2 MB/s=\d+\.\d+ \(min \d+\.\d+, max \d+\.\d+\)", RegexOptions.Multiline)]
    private static partial Regex ExtractMedianLine();

    [GeneratedRegex(@"side=ours articles=20 failed=0 facts=[1-9]\d* .* facts/s=\d+\.\d")]
    private static partial Regex OursLine();

    [GeneratedRegex(@"^extract-cli run=1 format=jsonl exit=0 text=\d+\.\d+MB .* MB/s=\d+\.\d+ peak-resident=[1-9][\d.]* MB", RegexOptions.Multiline)]
    private static partial Regex CliLine();

    [GeneratedRegex(@"first=(ours|baseline) ratio facts/s ours/baseline=\d+\.\d{3}")]
    private static partial Regex RatioLine();
}
