using System.Text;
using Graph.Neo4j.Protocol;

namespace Graph.Neo4j.Internal;

/// <summary>
/// Appends every statement the client sends, with its parameters, to the JSON Lines file named by
/// <c>GRAPH_CYPHER_RECORD</c> (<c>{"statement", "parameters"}</c> a line). The Cypher gate of the tests lints these
/// records with Neo4j's own parser for Cypher 5 and 25, so what is checked is exactly what goes on the wire.
/// Off (a no-op) unless the variable is set.
/// </summary>
internal sealed class StatementRecorder
{
    public const string Variable = "GRAPH_CYPHER_RECORD";

    private static readonly object FileLock = new();
    private readonly string? _path;

    public StatementRecorder(string? path) => _path = string.IsNullOrWhiteSpace(path) ? null : path;

    public bool IsOn => _path is not null;

    public static StatementRecorder FromEnvironment() => new(Environment.GetEnvironmentVariable(Variable));

    public void Record(IReadOnlyList<CypherStatement> statements)
    {
        if (_path is null)
        {
            return;
        }

        var lines = new StringBuilder();
        foreach (var statement in statements)
        {
            lines.Append(Line(statement)).Append('\n');
        }

        // Several clients (and processes) may append to one file: one append per call keeps lines whole.
        lock (FileLock)
        {
            File.AppendAllText(_path, lines.ToString(), Encoding.UTF8);
        }
    }

    // The Query API's request body is exactly the record's shape: {"statement", "parameters"}.
    internal static string Line(CypherStatement statement) => QueryApiCodec.EncodeRequest(statement);
}
