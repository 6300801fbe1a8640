using System.Text.Json;
using Graph.Neo4j.Protocol;
using Graph.Neo4j.Tests.Support;

namespace Graph.Neo4j.Tests.Protocol;

public sealed class QueryApiCodecTests
{
    [Fact]
    public void A_request_is_one_statement_with_its_parameters()
    {
        var json = QueryApiCodec.EncodeRequest(new CypherStatement(
            "MERGE (n:Person {name: $name, age: $age}) RETURN n AS alice",
            new Dictionary<string, object?> { ["name"] = "Alice", ["age"] = 42 }));

        using var doc = JsonDocument.Parse(json);
        Assert.Equal("MERGE (n:Person {name: $name, age: $age}) RETURN n AS alice", doc.RootElement.GetProperty("statement").GetString());
        Assert.Equal(42, doc.RootElement.GetProperty("parameters").GetProperty("age").GetInt64());
    }

    [Fact]
    public void Fields_and_values_become_rows_keyed_by_field()
    {
        var result = QueryApiCodec.DecodeResult(Documents.QueryOk, user: null);

        Assert.Equal(["name", "age"], result.Columns);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal("Alice", result.Rows[0]["name"]);
        Assert.Equal(42L, result.Rows[0]["age"]);
        Assert.Equal(7.5, result.Rows[1]["age"]);
    }

    [Fact]
    public void Opening_a_transaction_returns_its_id_with_the_first_result()
    {
        var (result, id, _) = QueryApiCodec.Decode(Documents.QueryBegin, user: null);

        Assert.Equal("7", id);
        Assert.Equal(1L, result.Rows[0]["n"]);
    }

    [Fact]
    public void An_errors_body_is_thrown()
    {
        var e = Assert.Throws<Neo4jException>(() => QueryApiCodec.DecodeResult(Documents.QueryError, user: null));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.False(e.IsTransient);
    }

    [Fact]
    public void A_commit_answer_without_data_is_an_empty_result()
    {
        var result = QueryApiCodec.DecodeResult("""{"bookmarks":["FB:x"]}""", user: null);

        Assert.Empty(result.Rows);
    }

    [Theory]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", Neo4jErrorKind.Transient)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", Neo4jErrorKind.Transient)]
    [InlineData("Neo.DatabaseError.Transaction.TransactionCommitFailed", Neo4jErrorKind.Transient)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", Neo4jErrorKind.Refused)]
    [InlineData("Neo.ClientError.Security.Unauthorized", Neo4jErrorKind.Unauthorized)]
    [InlineData("Neo.DatabaseError.General.UnknownError", Neo4jErrorKind.Database)]
    public void The_server_code_decides_the_kind_and_only_transient_ones_are_retried(string code, Neo4jErrorKind kind)
    {
        var error = ServerErrors.ToException(new ServerError(code, "m"), user: null);

        Assert.Equal(kind, error.Kind);
        Assert.Equal(kind == Neo4jErrorKind.Transient, error.IsTransient);
    }
}
