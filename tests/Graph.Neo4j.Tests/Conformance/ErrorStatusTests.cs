using System.Net;
using Graph.Neo4j.Tests.Support;
using Microsoft.Extensions.Logging;
using static Graph.Neo4j.Tests.Support.ScriptedHandler;

namespace Graph.Neo4j.Tests.Conformance;

/// <summary>
/// Error statuses as documented for each API: the Query API answers client and transient errors with 400, database
/// errors with 500 and an unknown database with 404, each with an <c>errors</c> body whose code decides retrying;
/// the transactional endpoint answers 200 with <c>errors</c>. Notifications are logged once per distinct message.
/// </summary>
public sealed class ErrorStatusTests
{
    private static Neo4jClient Client(ScriptedHandler handler, ILogger? logger = null) =>
        new(new Neo4jOptions { MaxRetries = 3 }, handler, logger, time: new InstantTime());

    private static ScriptedHandler QueryApi(Func<int, HttpResponseMessage> answer)
    {
        var calls = 0;
        return new ScriptedHandler(r => r.Path == "/" ? Json(Documents.Root526QueryOnly) : answer(++calls));
    }

    [Fact]
    public async Task A_database_error_with_500_is_not_retried()
    {
        var handler = QueryApi(_ => Json("""{"errors":[{"code":"Neo.DatabaseError.General.UnknownError","message":"boom"}]}""", HttpStatusCode.InternalServerError));
        using var client = Client(handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", CancellationToken.None));

        Assert.Equal("Neo.DatabaseError.General.UnknownError", e.Code);
        Assert.False(e.IsTransient);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_transient_error_with_400_is_retried()
    {
        var handler = QueryApi(call => call == 1
            ? Json("""{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""", HttpStatusCode.BadRequest)
            : Json(Documents.QueryOk));
        using var client = Client(handler);

        var rows = await client.RunAsync("RETURN 1", CancellationToken.None);

        Assert.Equal(2, rows.Count);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task A_syntax_error_with_400_is_reported_with_the_server_code()
    {
        var handler = QueryApi(_ => Json(Documents.QueryError, HttpStatusCode.BadRequest));
        using var client = Client(handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETRN 1", CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.False(e.IsTransient);
    }

    [Fact]
    public async Task An_unknown_database_with_404_names_the_setting()
    {
        var handler = QueryApi(_ => Json("""{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Database does not exist. Database name: 'nope'."}]}""", HttpStatusCode.NotFound));
        using var client = Client(handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", CancellationToken.None));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", e.Code);
        Assert.Contains("Neo4j:Database", e.Message, StringComparison.Ordinal);
        Assert.False(e.IsTransient);
    }

    [Fact]
    public async Task A_gateway_error_without_a_neo4j_body_is_transient_and_retried()
    {
        var handler = QueryApi(call => call == 1 ? new HttpResponseMessage(HttpStatusCode.BadGateway) : Json(Documents.QueryOk));
        using var client = Client(handler);

        await client.RunAsync("RETURN 1", CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Too_many_requests_is_backed_off_for_at_least_the_time_the_server_asks()
    {
        var time = new InstantTime();
        var (handler, calls) = LimitedOnce(new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));
        using var client = new Neo4jClient(new Neo4jOptions(), handler, null, time);

        await client.RunAsync("RETURN 1", CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(time.Waits));
        Assert.Equal(2, calls());
    }

    [Fact]
    public async Task A_retry_after_date_is_read_against_the_clients_clock()
    {
        // HTTP dates have whole seconds: against the system clock the wait would depend on when the test runs.
        var now = new DateTimeOffset(2024, 6, 19, 10, 0, 0, TimeSpan.Zero);
        var time = new InstantTime { Now = now };
        var (handler, calls) = LimitedOnce(new System.Net.Http.Headers.RetryConditionHeaderValue(now.AddSeconds(9)));
        using var client = new Neo4jClient(new Neo4jOptions(), handler, null, time);

        await client.RunAsync("RETURN 1", CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(9), Assert.Single(time.Waits));
        Assert.Equal(2, calls());
    }

    [Fact]
    public async Task A_path_that_is_not_neo4j_gives_its_status_without_retrying()
    {
        var handler = new ScriptedHandler(r => r.Path == "/" ? Json(Documents.Root44) : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("<html>nope</html>") });
        using var client = Client(handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", CancellationToken.None));

        Assert.Equal("Graph.Neo4j.Http404", e.Code);
        Assert.False(e.IsTransient);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Notifications_are_logged_as_warnings_once_per_distinct_message(bool queryApi)
    {
        const string deprecation = """
            "notifications":[{"code":"Neo.ClientNotification.Statement.FeatureDeprecationWarning","severity":"WARNING",
              "title":"This feature is deprecated and will be removed in future versions.","description":"The query used a deprecated function: `id`.",
              "position":{"offset":7,"line":1,"column":8},"category":"DEPRECATION"}]
            """;
        var body = queryApi
            ? "{\"data\":{\"fields\":[\"n\"],\"values\":[[1]]}," + deprecation + "}"
            : "{\"results\":[{\"columns\":[\"n\"],\"data\":[{\"row\":[1]}]}],\"errors\":[]," + deprecation + "}";
        var handler = new ScriptedHandler(r => r.Path == "/" ? Json(queryApi ? Documents.Root526QueryOnly : Documents.Root526) : Json(body));
        var logger = new ListLogger();
        using var client = Client(handler, logger);

        await client.RunAsync("MATCH (n) RETURN id(n) AS n", CancellationToken.None);
        await client.RunAsync("MATCH (n) RETURN id(n) AS n", CancellationToken.None);

        var warning = Assert.Single(logger.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains("FeatureDeprecationWarning", warning.Message, StringComparison.Ordinal);
        Assert.Contains("deprecated function: `id`", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>A server that answers the first commit with 429 and <paramref name="retryAfter"/>, then commits; and a count of its commit calls.</summary>
    private static (ScriptedHandler Handler, Func<int> Calls) LimitedOnce(System.Net.Http.Headers.RetryConditionHeaderValue retryAfter)
    {
        var calls = 0;
        var handler = new ScriptedHandler(r =>
        {
            if (r.Path == "/")
            {
                return Json(Documents.Root44);
            }

            if (++calls > 1)
            {
                return Json(Documents.CommitOk);
            }

            var limited = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            limited.Headers.RetryAfter = retryAfter;
            return limited;
        });
        return (handler, () => calls);
    }
}
