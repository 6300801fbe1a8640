namespace Graph.Worker.Export;

/// <summary>
/// The <c>neo4j-admin</c> command line that loads a CSV export, in the syntax of the server's major version (the
/// version the graph was exported from, the likeliest target): 3.x <c>neo4j-admin import --mode=csv
/// --database=graph.db</c>, 4.x <c>neo4j-admin import --database=neo4j</c> (no <c>--mode</c> since 4.0), 5.x and
/// calendar versions (2025.x) <c>neo4j-admin database import full neo4j</c>, the database named before the options
/// as 5.19 and later require. Every band takes <c>--multiline-fields=true</c>, <c>--array-delimiter</c> and one
/// <c>--nodes=FILE</c> / <c>--relationships=FILE</c> per file (each file has its own header).
/// </summary>
internal static class AdminImportCommand
{
    /// <returns>A comment line saying where to run it, then the command words and one option per line.</returns>
    public static string For(int serverMajor, IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles, char arrayDelimiter)
    {
        var (comment, command) = serverMajor switch
        {
            < 4 => (
                "# Neo4j 3.x: run from the Neo4j home with the server stopped; the database graph.db must not exist yet.",
                "bin/neo4j-admin import --mode=csv --database=graph.db"),
            4 => (
                "# Neo4j 4.x: run from the Neo4j home into a stopped, empty database; then CREATE DATABASE neo4j if it did not exist.",
                "bin/neo4j-admin import --database=neo4j"),
            _ => (
                "# Neo4j 5 and 2025.x: run from the Neo4j home into a stopped, empty database (--overwrite-destination=true replaces one); then CREATE DATABASE neo4j if it did not exist.",
                "bin/neo4j-admin database import full neo4j"),
        };

        var arguments = new List<string> { command, "--multiline-fields=true" };
        arguments.Add(arrayDelimiter == '\t' ? "--array-delimiter=TAB" : $"--array-delimiter={Quote(arrayDelimiter.ToString())}");
        arguments.AddRange(nodeFiles.Select(f => $"--nodes={Quote(f)}"));
        arguments.AddRange(relationshipFiles.Select(f => $"--relationships={Quote(f)}"));
        return comment + "\n" + string.Join(" \\\n  ", arguments);
    }

    /// <summary>A single-quoted shell word; a quote inside is closed, escaped and reopened.</summary>
    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
