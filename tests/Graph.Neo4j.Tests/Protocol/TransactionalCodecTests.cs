using System.Collections.Immutable;
using System.Text.Json;
using Graph.Neo4j.Protocol;
using Graph.Neo4j.Tests.Support;

namespace Graph.Neo4j.Tests.Protocol;

public sealed class TransactionalCodecTests
{
    [Fact]
    public void A_request_lists_each_statement_with_its_parameters_and_asks_for_rows()
    {
        var json = TransactionalCodec.EncodeRequest(
        [
            new CypherStatement("RETURN $x AS a", new Dictionary<string, object?> { ["x"] = "hi", ["n"] = 3, ["f"] = 2.0, ["l"] = ImmutableArray.Create("p", "q"), ["none"] = null }),
            new CypherStatement("RETURN 1"),
        ]);

        using var doc = JsonDocument.Parse(json);
        var statements = doc.RootElement.GetProperty("statements");
        Assert.Equal(2, statements.GetArrayLength());
        var first = statements[0];
        Assert.Equal("RETURN $x AS a", first.GetProperty("statement").GetString());
        Assert.Equal("row", first.GetProperty("resultDataContents")[0].GetString());
        var parameters = first.GetProperty("parameters");
        Assert.Equal("hi", parameters.GetProperty("x").GetString());
        Assert.Equal(3, parameters.GetProperty("n").GetInt64());
        Assert.Equal(JsonValueKind.Null, parameters.GetProperty("none").ValueKind);
        Assert.Equal(["p", "q"], parameters.GetProperty("l").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("\"f\":2.0", json, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, statements[1].GetProperty("parameters").ValueKind);
    }

    [Fact]
    public void A_response_becomes_one_result_per_statement_with_plain_dotnet_values()
    {
        var results = TransactionalCodec.DecodeResponse(Documents.CommitOk, user: null).Results;

        Assert.Equal(2, results.Count);
        var row = Assert.Single(results[0].Rows);
        Assert.Equal("hi", row["a"]);
        Assert.Equal(1.5, row["b"]);
        Assert.Equal(new List<object?> { 1L, 2L }, row["c"]);
        Assert.Equal(1L, Assert.IsType<Dictionary<string, object?>>(row["d"])["k"]);
        Assert.Null(row["e"]);
        Assert.Equal(["z"], results[1].Columns);
        Assert.Equal(1L, results[1].Rows[0]["z"]);
    }

    [Fact]
    public void A_client_error_in_the_response_is_thrown_as_permanent()
    {
        var e = Assert.Throws<Neo4jException>(() => TransactionalCodec.DecodeResponse(Documents.CommitSyntaxError, user: null));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.False(e.IsTransient);
        Assert.Contains("Invalid input", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transient_error_in_the_response_is_thrown_as_transient()
    {
        var e = Assert.Throws<Neo4jException>(() => TransactionalCodec.DecodeResponse(Documents.CommitDeadlock, user: null));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", e.Code);
        Assert.True(e.IsTransient);
    }

    [Fact]
    public void An_unauthorized_error_names_the_user_and_is_permanent()
    {
        const string body = """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""";

        var e = Assert.Throws<Neo4jException>(() => TransactionalCodec.DecodeResponse(body, user: "graph"));

        Assert.False(e.IsTransient);
        Assert.Contains("Neo4j rejected the credentials for user graph", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_a_protocol_error()
    {
        var e = Assert.Throws<Neo4jException>(() => TransactionalCodec.DecodeResponse("<html>", user: null));

        Assert.Equal("Graph.Neo4j.Protocol", e.Code);
    }

    [Fact]
    public void An_unsupported_parameter_value_is_refused_naming_its_type()
    {
        var e = Assert.Throws<ArgumentException>(() => TransactionalCodec.EncodeRequest(
            [new CypherStatement("RETURN $x", new Dictionary<string, object?> { ["x"] = new Uri("http://x") })]));

        Assert.Contains("System.Uri", e.Message, StringComparison.Ordinal);
    }
}
