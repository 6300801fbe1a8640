using Graph.Neo4j;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Worker.Tests.Ingestion;

public sealed class RetryPolicyTests
{
    private static readonly Neo4jException Unreachable = new("Graph.Neo4j.ConnectionFailed", "refused", isTransient: true);

    private readonly RetryPolicy retry = new(
        TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(4), TimeProvider.System, NullLogger<RetryPolicy>.Instance);

    [Fact]
    public async Task An_unreachable_server_is_retried_until_it_answers_when_asked()
    {
        var attempts = 0;

        var result = await retry.RunAsync(
            _ => ++attempts < 4 ? throw Unreachable : Task.FromResult(attempts), maxAttempts: null, CancellationToken.None, retryUnreachable: true);

        Assert.Equal(4, result);
    }

    [Fact]
    public async Task An_unreachable_server_is_not_retried_by_default()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<Neo4jException>(() => retry.RunAsync(_ => { attempts++; throw Unreachable; }, maxAttempts: 5, CancellationToken.None));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_permanent_error_is_never_retried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => retry.RunAsync(
            _ => { attempts++; throw new InvalidOperationException(); }, maxAttempts: null, CancellationToken.None, retryUnreachable: true));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Retries_stop_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => retry.RunAsync(
            _ => Task.FromException(Unreachable), maxAttempts: null, cancellation.Token, retryUnreachable: true));
    }
}
