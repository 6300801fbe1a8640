using System.Net.Http;
using System.Net.Sockets;
using Graph.Neo4j;
using Graph.Worker.Ingestion;

namespace Graph.Worker.Tests.Ingestion;

public sealed class StoreErrorsTests
{
    public static TheoryData<Exception, string> Cases => new()
    {
        { new Neo4jException("Graph.Neo4j.ConnectionFailed", "refused", Neo4jErrorKind.Unreachable), nameof(StoreErrorKind.Unreachable) },
        { new Neo4jException("Graph.Neo4j.Timeout", "slow", Neo4jErrorKind.Unreachable), nameof(StoreErrorKind.Unreachable) },
        { new Neo4jException("Neo.ClientError.Security.Unauthorized", "who?", Neo4jErrorKind.Unauthorized), nameof(StoreErrorKind.Unreachable) },
        { new Neo4jException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock", Neo4jErrorKind.Transient), nameof(StoreErrorKind.Transient) },
        { new Neo4jException("Neo.ClientError.Statement.SyntaxError", "bad", Neo4jErrorKind.Refused), nameof(StoreErrorKind.Permanent) },
        { new HttpRequestException("refused", new SocketException()), nameof(StoreErrorKind.Unreachable) },
        { new InvalidOperationException("bug"), nameof(StoreErrorKind.Permanent) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Store_errors_are_sorted_by_what_the_caller_should_do(Exception error, string expected) =>
        Assert.Equal(expected, StoreErrors.Classify(error).ToString());

    [Fact]
    public void A_description_includes_the_causes_once() =>
        Assert.Equal("outer (inner)", ErrorText.OneLine(new InvalidOperationException("outer", new IOException("inner"))));
}
