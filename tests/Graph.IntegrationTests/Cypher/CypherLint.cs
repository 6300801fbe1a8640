using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests.Cypher;

/// <summary>One statement to lint, and where it comes from (shown when it fails).</summary>
internal sealed record LintInput(string Statement, string Source, JsonObject? Parameters = null);

/// <summary>
/// Runs <c>scripts/cypher-lint/lint.mjs</c>: Neo4j's own parser and semantic analysis (npm
/// <c>@neo4j-cypher/language-support</c>, pinned there) for Cypher 5 and Cypher 25. Installs the package with
/// <c>npm ci</c> when <c>node_modules</c> is missing or was installed from another package.json or lock file.
/// </summary>
internal static class CypherLint
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LintTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static readonly JsonSerializerOptions ReportOptions = new() { PropertyNameCaseInsensitive = true };

    public static string Folder => Path.Combine(Neo4jServerFixture.RepositoryRoot(), "scripts", "cypher-lint");

    /// <summary>Lints the statements; the exit code is 0 when clean, 1 on any error or deprecation.</summary>
    public static async Task<(int ExitCode, LintReport Report)> RunAsync(IEnumerable<LintInput> statements)
    {
        await EnsureInstalledAsync();
        var input = Path.Combine(Path.GetTempPath(), $"graph-cypher-lint-{Guid.NewGuid():N}.jsonl");
        try
        {
            await File.WriteAllLinesAsync(input, statements.Select(ToJsonLine), new UTF8Encoding(false));
            var (exitCode, stdout, stderr) = await RunAsync("node", ["lint.mjs", input], LintTimeout);
            Assert.True(exitCode is 0 or 1, $"cypher-lint could not lint (exit {exitCode}):\n{stderr}\n{stdout}");
            var report = JsonSerializer.Deserialize<LintReport>(stdout, ReportOptions)
                ?? throw new InvalidOperationException("cypher-lint printed no report.");
            return (exitCode, report);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string ToJsonLine(LintInput input)
    {
        var line = new JsonObject
        {
            ["statement"] = input.Statement,
            ["parameters"] = input.Parameters?.DeepClone() ?? new JsonObject(),
            ["source"] = input.Source,
        };
        return line.ToJsonString();
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            // The stamp holds the hash of what node_modules was installed from: a changed pin reinstalls.
            var stamp = Path.Combine(Folder, "node_modules", ".graph-installed-from");
            var wanted = InstallationKey();
            if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp) == wanted)
            {
                return;
            }

            var (exitCode, stdout, stderr) = await RunAsync(
                "npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], InstallTimeout);
            Assert.True(exitCode == 0, $"npm ci in scripts/cypher-lint failed ({exitCode}):\n{stdout}\n{stderr}");
            await File.WriteAllTextAsync(stamp, wanted);
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static string InstallationKey()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "package.json"))
            .Concat(File.ReadAllBytes(Path.Combine(Folder, "package-lock.json")))
            .ToArray();
        return Convert.ToHexString(SHA256.HashData(bytes));
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string program, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not run {program}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{program} is not installed: the Cypher gate needs Node.js and npm (apt-get install npm; scripts/test.sh does it).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            return (process.ExitCode, await stdout, await stderr);
        }
    }
}

/// <summary>The report <c>lint.mjs</c> prints (see the script for the meaning of each field).</summary>
internal sealed record LintReport(string Analyser, IReadOnlyList<string> Versions, LintTotals Totals, IReadOnlyList<LintedStatement> Statements)
{
    [JsonIgnore]
    public IEnumerable<LintedStatement> Failing => Statements.Where(s => !s.Ok);

    /// <summary>Each failing statement with its sources and its errors and deprecations, for a test failure.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var statement in Failing)
        {
            text.Append("--- ").Append(string.Join(", ", statement.Sources))
                .Append(" (sent ").Append(statement.Occurrences).AppendLine(" times)")
                .AppendLine(statement.Statement);
            foreach (var d in statement.Diagnostics.Where(d => d.Kind != "warning"))
            {
                text.Append("  ").Append(d.Version).Append(' ').Append(d.Kind)
                    .Append(" at ").Append(d.Line).Append(':').Append(d.Column)
                    .Append(" (").Append(Snippet(d.Text)).Append("): ")
                    .AppendLine(d.Message.ReplaceLineEndings(" "));
            }
        }

        return text.ToString();
    }

    // A notification's end position often spans the rest of its clause: its first few words locate it well enough.
    private static string Snippet(string text)
    {
        var line = text.ReplaceLineEndings("\n").Split('\n')[0];
        return line.Length <= 40 ? line : line[..40] + "…";
    }
}

internal sealed record LintTotals(
    int StatementsChecked, int DistinctStatements, int FailingStatements, int Errors, int Deprecations, int OtherWarnings);

internal sealed record LintedStatement(
    string Statement, int Occurrences, IReadOnlyList<string> Sources, bool Ok, IReadOnlyList<LintDiagnostic> Diagnostics);

/// <summary>Kind is <c>error</c>, <c>deprecation</c> or <c>warning</c> (a notice such as a cartesian product).</summary>
internal sealed record LintDiagnostic(
    string Version, string Kind, string Severity, string Message, int Line, int Column, int Offset, int Length, string Text);
