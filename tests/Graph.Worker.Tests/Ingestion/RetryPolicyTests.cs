using Graph.Neo4j;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

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
    public async Task Retries_stop_when_cancelled_during_the_wait()
    {
        // The fake clock never moves: the policy waits for ever after the first failure unless cancelled.
        var policy = new RetryPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), new FakeTimeProvider(), NullLogger<RetryPolicy>.Instance);
        using var cancellation = new CancellationTokenSource();
        var attempts = 0;
        var failed = new TaskCompletionSource();

        var running = policy.RunAsync(
            _ =>
            {
                attempts++;
                failed.TrySetResult();
                return Task.FromException(Unreachable);
            },
            maxAttempts: null,
            cancellation.Token,
            retryUnreachable: true);
        await failed.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_failure_met_while_being_cancelled_ends_as_cancellation_not_as_the_failure()
    {
        using var cancellation = new CancellationTokenSource();

        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => retry.RunAsync(
            _ =>
            {
                cancellation.Cancel();
                return Task.FromException(Unreachable);
            },
            maxAttempts: null,
            cancellation.Token,
            retryUnreachable: true));

        Assert.Same(Unreachable, e.InnerException);
    }

    [Fact]
    public async Task The_backoff_doubles_on_the_injected_clock_up_to_the_cap()
    {
        var clock = new FakeTimeProvider();
        var policy = new RetryPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), clock, NullLogger<RetryPolicy>.Instance);
        var attempts = 0;
        using var attempted = new SemaphoreSlim(0);

        var running = policy.RunAsync(
            _ =>
            {
                attempts++;
                attempted.Release();
                return attempts < 4 ? Task.FromException<int>(Unreachable) : Task.FromResult(attempts);
            },
            maxAttempts: null,
            CancellationToken.None,
            retryUnreachable: true);
        await attempted.WaitAsync();
        foreach (var wait in new[] { 1, 2, 3 })
        {
            // Nothing happens a tick before the backoff ends; the next attempt follows when it does.
            var before = attempts;
            clock.Advance(TimeSpan.FromSeconds(wait) - TimeSpan.FromTicks(1));
            Assert.Equal(before, attempts);
            clock.Advance(TimeSpan.FromTicks(1));
            await attempted.WaitAsync();
        }

        Assert.Equal(4, await running);
    }
}
