using Graph.Worker.Export;

namespace Graph.Worker.Tests.Export;

/// <summary>import-command.txt in the documented <c>neo4j-admin</c> syntax of each server version band.</summary>
public sealed class AdminImportCommandTests
{
    private static readonly string[] Nodes = ["/x/nodes-Entity.csv", "/x/nodes-Article.csv"];
    private static readonly string[] Relationships = ["/x/relationships-SIGNED.csv"];

    [Fact]
    public void Neo4j_3_uses_neo4j_admin_import_in_csv_mode_into_graph_db() =>
        Assert.Equal(
            "bin/neo4j-admin import --mode=csv --database=graph.db --multiline-fields=true --array-delimiter=';' " +
            "--nodes='/x/nodes-Entity.csv' --nodes='/x/nodes-Article.csv' --relationships='/x/relationships-SIGNED.csv'",
            CommandLine(3, ';'));

    [Fact]
    public void Neo4j_4_drops_the_mode_and_imports_into_the_neo4j_database() =>
        Assert.Equal(
            "bin/neo4j-admin import --database=neo4j --multiline-fields=true --array-delimiter=';' " +
            "--nodes='/x/nodes-Entity.csv' --nodes='/x/nodes-Article.csv' --relationships='/x/relationships-SIGNED.csv'",
            CommandLine(4, ';'));

    [Theory]
    [InlineData(5)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Neo4j_5_and_calendar_versions_use_database_import_full_with_the_database_before_the_options(int major) =>
        Assert.Equal(
            "bin/neo4j-admin database import full neo4j --multiline-fields=true --array-delimiter=';' " +
            "--nodes='/x/nodes-Entity.csv' --nodes='/x/nodes-Article.csv' --relationships='/x/relationships-SIGNED.csv'",
            CommandLine(major, ';'));

    [Theory]
    [InlineData(3, "# Neo4j 3.x")]
    [InlineData(4, "# Neo4j 4.x")]
    [InlineData(5, "# Neo4j 5 and 2025.x")]
    public void The_first_line_is_a_comment_naming_the_version_band(int major, string comment) =>
        Assert.StartsWith(comment, AdminImportCommand.For(major, Nodes, Relationships, ';'), StringComparison.Ordinal);

    [Fact]
    public void A_tab_delimiter_is_spelled_TAB_and_a_quote_in_a_path_is_escaped_for_the_shell()
    {
        var command = AdminImportCommand.For(5, ["/it's/nodes-Entity.csv"], [], '\t');
        Assert.Contains("--array-delimiter=TAB", command, StringComparison.Ordinal);
        Assert.Contains("--nodes='/it'\\''s/nodes-Entity.csv'", command, StringComparison.Ordinal);
    }

    /// <summary>The command without its comment line, as one line.</summary>
    private static string CommandLine(int major, char delimiter) =>
        string.Join(" ", AdminImportCommand.For(major, Nodes, Relationships, delimiter).Split('\n').Skip(1).Select(l => l.Trim().TrimEnd('\\').Trim()));
}
