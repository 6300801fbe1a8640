using System.Text.RegularExpressions;

namespace Graph.IntegrationTests.Support;

/// <summary>
/// Loads a <c>graph export --format csv</c> folder into an empty server with LOAD CSV, reading the same
/// <c>neo4j-admin import</c> headers (<c>:ID</c>, <c>:LABEL</c>, <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>,
/// <c>name:type[]</c>). It stands in for <c>neo4j-admin import</c>, whose 3.1.1 build imports the nodes but silently
/// skips every relationship when run on Java 17 (the only Java here). Labels and types come from the files and are
/// checked before they are spliced into Cypher; every value is a parameter or read from the file.
/// </summary>
internal static partial class LoadCsvImporter
{
    public static async Task ImportAsync(Neo4jClient client, string exportDirectory, string serverImportDirectory, char arrayDelimiter)
    {
        var none = CancellationToken.None;
        Directory.CreateDirectory(serverImportDirectory);
        foreach (var file in Directory.GetFiles(exportDirectory, "*.csv"))
        {
            File.Copy(file, Path.Combine(serverImportDirectory, Path.GetFileName(file)), overwrite: true);
        }

        await client.RunAsync("CREATE INDEX ON :ImportNode(importId)", none);
        foreach (var file in Directory.GetFiles(exportDirectory, "nodes-*.csv").Order(StringComparer.Ordinal))
        {
            var url = "file:///" + Path.GetFileName(file);
            var header = await ReadHeaderAsync(file);
            var labelSets = await client.RunAsync(
                "LOAD CSV WITH HEADERS FROM $url AS row RETURN DISTINCT row[':LABEL'] AS labels", new Dictionary<string, object?> { ["url"] = url }, none);
            foreach (var labelSet in labelSets.Select(r => (string)r["labels"]!))
            {
                var labels = string.Concat(labelSet.Split(';').Select(l => ":" + Identifier(l)));
                await client.RunAsync(
                    $"""
                    LOAD CSV WITH HEADERS FROM $url AS row WITH row WHERE row[':LABEL'] = $labels
                    CREATE (n:ImportNode{labels} {"{"}importId: row[':ID']{"}"})
                    {Assignments("n", header, arrayDelimiter)}
                    """,
                    new Dictionary<string, object?> { ["url"] = url, ["labels"] = labelSet }, none);
            }
        }

        foreach (var file in Directory.GetFiles(exportDirectory, "relationships-*.csv").Order(StringComparer.Ordinal))
        {
            var header = await ReadHeaderAsync(file);
            var type = Identifier(Path.GetFileNameWithoutExtension(file)["relationships-".Length..]);
            await client.RunAsync(
                $"""
                LOAD CSV WITH HEADERS FROM $url AS row
                MATCH (a:ImportNode {"{"}importId: row[':START_ID']{"}"}), (b:ImportNode {"{"}importId: row[':END_ID']{"}"})
                CREATE (a)-[r:{type}]->(b)
                {Assignments("r", header, arrayDelimiter)}
                """,
                new Dictionary<string, object?> { ["url"] = "file:///" + Path.GetFileName(file) }, none);
        }

        await client.RunAsync("MATCH (n:ImportNode) REMOVE n:ImportNode, n.importId", none);
        await client.RunAsync("DROP INDEX ON :ImportNode(importId)", none);
    }

    private static async Task<string[]> ReadHeaderAsync(string file)
    {
        using var reader = new StreamReader(file);
        return (await reader.ReadLineAsync() ?? "").Split(',');
    }

    /// <summary>SET clauses for the property columns: typed columns converted, lists split on the array delimiter.</summary>
    private static string Assignments(string variable, IEnumerable<string> header, char arrayDelimiter)
    {
        var sets = new List<string>();
        foreach (var column in header.Where(h => !h.StartsWith(':')))
        {
            var colon = column.IndexOf(':', StringComparison.Ordinal);
            var name = Property(colon < 0 ? column : column[..colon]);
            var type = colon < 0 ? "string" : column[(colon + 1)..];
            var cell = $"row['{column}']";
            var delimiter = arrayDelimiter == '\t' ? "'\\t'" : $"'{arrayDelimiter}'";
            sets.Add(type switch
            {
                "string" => $"{variable}.{name} = {cell}",
                "long" => $"{variable}.{name} = toInteger({cell})",
                "double" => $"{variable}.{name} = toFloat({cell})",
                "boolean" => $"{variable}.{name} = toLower({cell}) = 'true'",
                "string[]" => $"{variable}.{name} = split({cell}, {delimiter})",
                "long[]" => $"{variable}.{name} = [x IN split({cell}, {delimiter}) | toInteger(x)]",
                "double[]" => $"{variable}.{name} = [x IN split({cell}, {delimiter}) | toFloat(x)]",
                _ => throw new InvalidOperationException($"Unexpected column type in header: {column}"),
            });
        }

        return sets.Count == 0 ? "" : "SET " + string.Join(", ", sets);
    }

    private static string Identifier(string name) =>
        IdentifierPattern().IsMatch(name) ? name : throw new InvalidOperationException($"Not a label or type: {name}");

    private static string Property(string name) =>
        PropertyPattern().IsMatch(name) ? name : throw new InvalidOperationException($"Not a property name: {name}");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PropertyPattern();
}
