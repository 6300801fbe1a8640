namespace Graph.IntegrationTests.Cypher;

/// <summary>
/// The gate catches what it is there for: planted statements that Neo4j 5 and 25 reject or deprecate are reported,
/// for both languages, and a clean statement passes. No database needed.
/// </summary>
public sealed class CypherLintTests
{
    // Neo4j 5 rejects a non-aggregated expression (b.name) mixed with an aggregate when b is not a grouping key.
    private const string ImplicitGrouping =
        "MATCH (a:Entity)-[r]->(b:Entity) WITH a, b.name + collect(type(r)) AS facts RETURN a.id AS id, facts";

    private const string IdFunction = "MATCH (n:Entity) RETURN id(n) AS internalId";

    // Deprecated in Cypher 5, an error in Cypher 25: proves each statement is analysed in both languages.
    private const string SameCreateReference = "CREATE (a:Entity {id: 'x'}), (b:Entity {id: a.id + '-copy'})";

    private const string Clean = "MATCH (n:Entity {id: $id}) RETURN n.name AS name, elementId(n) AS element";

    [Fact]
    public async Task Implicit_grouping_is_an_error_and_id_a_deprecation_in_cypher_5_and_25()
    {
        var (exitCode, report) = await CypherLint.RunAsync(
        [
            new LintInput(ImplicitGrouping, "planted"),
            new LintInput(IdFunction, "planted"),
            new LintInput(SameCreateReference, "planted"),
            new LintInput(Clean, "planted", new() { ["id"] = "kim-jong-un" }),
            new LintInput(Clean, "planted again", new() { ["id"] = "north-korea" }),
        ]);

        Assert.Equal(1, exitCode);
        Assert.Equal(["CYPHER 5", "CYPHER 25"], report.Versions);
        Assert.Equal(5, report.Totals.StatementsChecked);
        Assert.Equal(4, report.Totals.DistinctStatements);
        Assert.Equal(3, report.Totals.FailingStatements);

        var grouping = Diagnostics(report, ImplicitGrouping);
        Assert.Equal(["CYPHER 5 error", "CYPHER 25 error"], grouping.Select(d => $"{d.Version} {d.Kind}"));
        Assert.All(grouping, d => Assert.Contains("implicit grouping", d.Message, StringComparison.Ordinal));
        Assert.All(grouping, d => Assert.StartsWith("b.name + collect", d.Text, StringComparison.Ordinal));

        var id = Diagnostics(report, IdFunction);
        Assert.Equal(["CYPHER 5 deprecation", "CYPHER 25 deprecation"], id.Select(d => $"{d.Version} {d.Kind}"));
        Assert.All(id, d => Assert.Contains("deprecated function", d.Message, StringComparison.Ordinal));
        Assert.All(id, d => Assert.Equal((1, 25), (d.Line, d.Column)));

        Assert.Equal(["CYPHER 5 deprecation", "CYPHER 25 error"], Diagnostics(report, SameCreateReference).Select(d => $"{d.Version} {d.Kind}"));

        var clean = report.Statements.Single(s => s.Statement == Clean);
        Assert.True(clean.Ok);
        Assert.Empty(clean.Diagnostics);
        Assert.Equal(2, clean.Occurrences);
        Assert.Equal(["planted", "planted again"], clean.Sources);

        Assert.Equal(3, report.Totals.Errors);
        Assert.Equal(3, report.Totals.Deprecations);
        Assert.Contains(ImplicitGrouping, report.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain(Clean, report.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_statements_pass_with_exit_code_0()
    {
        var (exitCode, report) = await CypherLint.RunAsync(
        [
            new LintInput(Clean, "clean", new() { ["id"] = "kim-jong-un" }),
            new LintInput("UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e += row.props", "clean", new() { ["rows"] = new System.Text.Json.Nodes.JsonArray() }),
        ]);

        Assert.Equal(0, exitCode);
        Assert.Equal(0, report.Totals.FailingStatements);
        Assert.All(report.Statements, s => Assert.True(s.Ok));
    }

    private static IReadOnlyList<LintDiagnostic> Diagnostics(LintReport report, string statement) =>
        report.Statements.Single(s => s.Statement == statement).Diagnostics.Where(d => d.Kind != "warning").ToList();
}
