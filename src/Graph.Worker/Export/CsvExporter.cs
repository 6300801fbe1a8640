using System.Globalization;
using System.Text;

namespace Graph.Worker.Export;

/// <summary>
/// Writes the dump as CSV in the layout of Neo4j's offline importer (<c>neo4j-admin import</c>): one node file per
/// group (all entities together, then Article, Evidence, Statement) with <c>:ID</c> and <c>:LABEL</c> columns, one
/// relationship file per type with <c>:START_ID</c>, <c>:END_ID</c> and <c>:TYPE</c>, typed property columns
/// (<c>troops:long</c>, <c>aliases:string[]</c>), and <c>import-command.txt</c> with the command line that loads them
/// in the syntax of the server's version (<see cref="AdminImportCommand"/>).
/// Every text field is quoted, quotes doubled; fields may span lines, hence <c>--multiline-fields=true</c>.
/// </summary>
internal static class CsvExporter
{
    private static readonly char[] ArrayDelimiters = [';', '|', '\t'];

    /// <returns>The files written, the command file last.</returns>
    /// <param name="serverMajor">Major version of the server the dump comes from: it chooses the import command's syntax.</param>
    public static async Task<IReadOnlyList<string>> WriteAsync(GraphDump dump, string directory, int serverMajor, CancellationToken cancellationToken)
    {
        var delimiter = ChooseArrayDelimiter(dump);
        var written = new List<string>();
        var nodeFiles = new List<string>();
        foreach (var group in dump.Nodes.GroupBy(n => n.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var columns = PropertyColumn.Infer(group.Select(n => n.Properties));
            var path = Path.Combine(directory, $"nodes-{group.Key}.csv");
            var text = new StringBuilder();
            text.AppendJoin(',', new[] { ":ID", ":LABEL" }.Concat(columns.Select(Header))).Append('\n');
            foreach (var node in group)
            {
                text.Append(Quote(node.Key)).Append(',').Append(Quote(string.Join(';', node.Labels)));
                AppendProperties(text, columns, node.Properties, delimiter);
            }

            await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            nodeFiles.Add(path);
        }

        var relationshipFiles = new List<string>();
        foreach (var group in dump.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var columns = PropertyColumn.Infer(group.Select(r => r.Properties));
            var path = Path.Combine(directory, $"relationships-{group.Key}.csv");
            var text = new StringBuilder();
            text.AppendJoin(',', new[] { ":START_ID", ":END_ID", ":TYPE" }.Concat(columns.Select(Header))).Append('\n');
            foreach (var relationship in group)
            {
                text.Append(Quote(relationship.StartKey)).Append(',').Append(Quote(relationship.EndKey)).Append(',').Append(Quote(relationship.Type));
                AppendProperties(text, columns, relationship.Properties, delimiter);
            }

            await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            relationshipFiles.Add(path);
        }

        written.AddRange(nodeFiles);
        written.AddRange(relationshipFiles);
        var command = Path.Combine(directory, "import-command.txt");
        await File.WriteAllTextAsync(command, AdminImportCommand.For(serverMajor, nodeFiles, relationshipFiles, delimiter) + "\n", cancellationToken).ConfigureAwait(false);
        written.Add(command);
        return written;
    }

    /// <summary>The first of ; | TAB that no list element contains, so lists split back exactly.</summary>
    public static char ChooseArrayDelimiter(GraphDump dump)
    {
        var elements = dump.Nodes.Select(n => n.Properties).Concat(dump.Relationships.Select(r => r.Properties))
            .SelectMany(p => p.Values)
            .OfType<IEnumerable<object?>>()
            .SelectMany(list => list)
            .OfType<string>()
            .ToList();
        foreach (var candidate in ArrayDelimiters)
        {
            if (!elements.Any(e => e.Contains(candidate, StringComparison.Ordinal)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Every array delimiter (; | TAB) occurs inside some list value; the CSV export cannot keep lists intact.");
    }

    private static string Header(PropertyColumn column)
    {
        var type = column.Kind switch
        {
            ValueKind.Long => "long",
            ValueKind.Double => "double",
            ValueKind.Boolean => "boolean",
            _ => "string",
        };
        return column.IsArray ? $"{column.Name}:{type}[]" : column.Kind == ValueKind.String ? column.Name : $"{column.Name}:{type}";
    }

    private static void AppendProperties(StringBuilder text, IReadOnlyList<PropertyColumn> columns, IReadOnlyDictionary<string, object?> properties, char delimiter)
    {
        foreach (var column in columns)
        {
            text.Append(',');
            var values = column.Values(properties);
            if (values.Count == 0)
            {
                // An empty field is "no property" to the importer; an empty list cannot be told apart from it.
                continue;
            }

            if (column.IsArray)
            {
                text.Append(Quote(string.Join(delimiter, values.Select(v => Format(v, column.Kind)))));
            }
            else if (column.Kind == ValueKind.String)
            {
                text.Append(Quote(Format(values[0], column.Kind)));
            }
            else
            {
                text.Append(Format(values[0], column.Kind));
            }
        }

        text.Append('\n');
    }

    private static string Format(object value, ValueKind kind) => value switch
    {
        bool b => b ? "true" : "false",
        double d when kind == ValueKind.Double => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
