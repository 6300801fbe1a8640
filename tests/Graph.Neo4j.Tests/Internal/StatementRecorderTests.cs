using System.Text.Json;
using Graph.Neo4j.Internal;

namespace Graph.Neo4j.Tests.Internal;

public sealed class StatementRecorderTests
{
    [Fact]
    public void Each_statement_becomes_one_json_line_with_its_parameters()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cypher-{Guid.NewGuid():N}.jsonl");
        try
        {
            var recorder = new StatementRecorder(path);
            recorder.Record(
            [
                new CypherStatement("MATCH (a:Article {id: $id}) RETURN a", new Dictionary<string, object?> { ["id"] = "x\ny", ["n"] = 3L }),
                new CypherStatement("RETURN 1"),
            ]);

            var lines = File.ReadAllLines(path);
            Assert.Equal(2, lines.Length);
            using var first = JsonDocument.Parse(lines[0]);
            Assert.Equal("MATCH (a:Article {id: $id}) RETURN a", first.RootElement.GetProperty("statement").GetString());
            Assert.Equal("x\ny", first.RootElement.GetProperty("parameters").GetProperty("id").GetString());
            Assert.Equal(3, first.RootElement.GetProperty("parameters").GetProperty("n").GetInt64());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Without_a_path_nothing_is_written()
    {
        var recorder = new StatementRecorder(" ");
        recorder.Record([new CypherStatement("RETURN 1")]);
        Assert.False(recorder.IsOn);
    }
}
