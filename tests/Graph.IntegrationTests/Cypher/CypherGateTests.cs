using System.Globalization;
using System.Text.Json.Nodes;
using Graph.IntegrationTests.Support;
using Graph.Neo4j.Internal;
using Xunit.Abstractions;

namespace Graph.IntegrationTests.Cypher;

/// <summary>
/// The Cypher gate of issue 11. Users run Neo4j 5.x, 2025.x and Aura; the server here is 3.1.1. So every statement
/// the CLI puts on the wire (recorded by <c>GRAPH_CYPHER_RECORD</c>, with its parameters) while it ingests, re-ingests,
/// retracts, views, exports and runs the worker, every Browser query of README.md and the 5.x/2025.x constraint DDL
/// are checked by Neo4j's own parser and semantic analysis for Cypher 5 and Cypher 25: no error, no deprecation.
/// Only the DDL sent to this 3.x server is exempt (3.x syntax, which 5.x rejects and never receives).
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class CypherGateTests(Neo4jServerFixture server, ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string ChangedFile = "002_791746d41eab7965.txt";
    private const string RetractedFile = "000_8bf5ea0a956912c5.txt";
    private static readonly string RetractedId = Graph.Extraction.Loading.ArticleId.FromRelativePath(RetractedFile);
    private static readonly TimeSpan WorkerPatience = Waits.Patience;

    private readonly TemporaryFolder _temp = new();
    private readonly List<(string Step, string File)> _records = [];

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_statement_the_cli_sends_every_readme_query_and_the_modern_ddl_pass_neo4j_analysis_for_cypher_5_and_25()
    {
        await ExerciseTheCliAsync();

        var exempt = await DdlSentOnlyToThisServerAsync();
        var recorded = ReadRecords();
        Assert.True(recorded.Count > 0, "GRAPH_CYPHER_RECORD recorded nothing: is the recorder in Neo4jClient?");
        var exempted = recorded.Count(r => exempt.Contains(r.Statement));
        Assert.True(exempt.Count == 0 || exempted > 0, "the 3.x constraint DDL should have been recorded (graph ingest creates it)");
        var readme = ReadmeQueries.Read();
        Assert.NotEmpty(readme);
        var ddl = SchemaStatements.ForVersion(5, 26).Select(s => new LintInput(s, "SchemaStatements.ForVersion(5, 26)"))
            .Concat(SchemaStatements.ForVersion(2025, 1).Select(s => new LintInput(s, "SchemaStatements.ForVersion(2025, 1)")))
            // Sent only where there is no discovery document (Aura), so never recorded against 3.1.1.
            .Append(new LintInput(ServerDiscovery.VersionProbe, "ServerDiscovery.VersionProbe"))
            .ToList();
        var checkedRecords = recorded.Where(r => !exempt.Contains(r.Statement)).ToList();

        var (exitCode, report) = await CypherLint.RunAsync([.. checkedRecords, .. readme, .. ddl]);

        var totals = report.Totals;
        output.WriteLine(
            $"Cypher gate ({report.Analyser}, {string.Join(" and ", report.Versions)}): " +
            $"{totals.StatementsChecked} statements checked ({checkedRecords.Count} recorded from the CLI, {readme.Count} README queries, " +
            $"{ddl.Count} 5.x/2025.x DDL; {exempted} recorded 3.x DDL exempt), {totals.DistinctStatements} distinct, " +
            $"{totals.Errors} errors, {totals.Deprecations} deprecations, {totals.FailingStatements} failing statements");
        output.WriteLine(report.Describe());
        await SaveReportAsync(report);
        Assert.True(exitCode == 0 && totals.FailingStatements == 0,
            $"{totals.FailingStatements} statements fail Neo4j's analysis ({totals.Errors} errors, {totals.Deprecations} deprecations):\n{report.Describe()}");
    }

    /// <summary>Every command that talks to Neo4j, each recorded into its own file so a failure names its commands.</summary>
    private async Task ExerciseTheCliAsync()
    {
        var articles = _temp.Combine("articles");
        _temp.CopyIn(Seeds.Files, "articles");
        await RunAsync("ingest (new articles)", 0, "ingest", articles);
        await RunAsync("ingest (unchanged)", 0, "ingest", articles);
        var changed = Path.Combine(articles, ChangedFile);
        var text = await File.ReadAllTextAsync(changed);
        await File.WriteAllTextAsync(changed, text[..text.IndexOf('\n', StringComparison.Ordinal)] + "\n");
        var replaced = await RunAsync("ingest (changed article)", 0, "ingest", articles);
        Assert.Contains("1 replaced", replaced, StringComparison.Ordinal);

        await RunAsync("retract", 0, "retract", RetractedId);
        await RunAsync("retract (unknown id)", 2, "retract", "no-such-article");

        await RunAsync("view", 0, "view", "--out", _temp.Combine("all.html"));
        await RunAsync("view --entity", 0, "view", "--entity", "Choe Son-hui", "--depth", "2", "--out", _temp.Combine("entity.html"));
        await RunAsync("view --relations --from --to", 0,
            "view", "--relations", "SIGNED,RATIFIED", "--from", "2024-06", "--to", "2024-12", "--out", _temp.Combine("treaty.html"));
        foreach (var format in new[] { "csv", "graphml", "jsonl" })
        {
            await RunAsync($"export {format}", 0, "export", "--format", format, "--out", _temp.Combine($"export-{format}"));
        }

        await RunWorkerAsync();
    }

    /// <summary><c>graph run</c> writes one article per transaction and, mirroring deletions, retracts it again.</summary>
    private async Task RunWorkerAsync()
    {
        var inbox = _temp.Combine("inbox");
        _temp.CopyIn(Seeds.Files.Where(f => f.EndsWith(RetractedFile, StringComparison.Ordinal)), "inbox");
        using var worker = await WorkerProcess.StartAsync(
            server.Options, inbox, (StatementRecorder.Variable, NextRecord("graph run")), ("GRAPH_Graph__MirrorDeletions", "true"));
        await worker.WaitUntilAsync(() => Inboxes.Drained(inbox, 1), WorkerPatience, "the article processed");
        Assert.Equal(1, Inboxes.Processed(inbox));
        File.Delete(Path.Combine(inbox, "processed", RetractedFile));
        await worker.WaitUntilAsync(
            () => worker.Output.Contains($"retracted article {RetractedId}", StringComparison.Ordinal), WorkerPatience, "the deletion mirrored");
        worker.Kill();
    }

    private async Task<string> RunAsync(string step, int expectedExitCode, params string[] arguments)
    {
        var (exitCode, text) = await GraphCli.RunAsync(server.Options, [(StatementRecorder.Variable, NextRecord(step))], arguments);
        Assert.True(exitCode == expectedExitCode, $"{step}: graph {string.Join(' ', arguments)} exited {exitCode}, not {expectedExitCode}:\n{text}");
        return text;
    }

    private string NextRecord(string step)
    {
        var file = _temp.Combine($"record-{_records.Count.ToString("D2", CultureInfo.InvariantCulture)}.jsonl");
        _records.Add((step, file));
        return file;
    }

    private List<LintInput> ReadRecords()
    {
        var inputs = new List<LintInput>();
        foreach (var (step, file) in _records)
        {
            Assert.True(File.Exists(file), $"{step}: nothing recorded in {file}");
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                var record = JsonNode.Parse(line)!.AsObject();
                inputs.Add(new LintInput((string)record["statement"]!, step, record["parameters"]?.AsObject()));
            }
        }

        return inputs;
    }

    /// <summary>The constraint DDL of this server's version when it is 3.x: never sent to a 5.x server.</summary>
    private async Task<HashSet<string>> DdlSentOnlyToThisServerAsync()
    {
        var info = await server.Client.GetServerInfoAsync(CancellationToken.None);
        return info.Major < 4 ? [.. SchemaStatements.ForVersion(info.Major, info.Minor)] : [];
    }

    /// <summary>The whole report, for reading after a run: artifacts/cypher-gate/report.json (not in git).</summary>
    private static async Task SaveReportAsync(LintReport report)
    {
        var folder = Path.Combine(Neo4jServerFixture.RepositoryRoot(), "artifacts", "cypher-gate");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(
            Path.Combine(folder, "report.json"),
            System.Text.Json.JsonSerializer.Serialize(report, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }
}
