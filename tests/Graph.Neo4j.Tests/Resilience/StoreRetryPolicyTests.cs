using Graph.Neo4j.Resilience;
using Graph.Neo4j.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static Graph.Neo4j.Tests.Support.ScriptedHandler;

namespace Graph.Neo4j.Tests.Resilience;

public sealed class StoreRetryPolicyTests
{
    private static readonly Neo4jException Unreachable = new("Graph.Neo4j.ConnectionFailed", "refused", Neo4jErrorKind.Unreachable);
    private static readonly Neo4jException Deadlock = new("Neo.TransientError.Transaction.DeadlockDetected", "deadlock", Neo4jErrorKind.Transient);
    private static readonly Neo4jException BadPassword = new("Neo.ClientError.Security.Unauthorized", "who?", Neo4jErrorKind.Unauthorized);

    private static StoreRetryOptions UntilStopped() =>
        StoreRetryOptions.UntilStopped(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)) with { Jitter = () => 1.0 };

    [Fact]
    public async Task Until_stopped_an_unreachable_server_is_retried_until_it_answers()
    {
        var policy = new StoreRetryPolicy(UntilStopped(), new InstantTime());
        var attempts = 0;

        var result = await policy.ExecuteAsync(_ => ++attempts < 12 ? throw Unreachable : Task.FromResult(attempts), CancellationToken.None);

        Assert.Equal(12, result);
    }

    [Fact]
    public async Task Until_stopped_refused_credentials_are_waited_out_but_giving_up_reports_them_at_once()
    {
        var waiting = new StoreRetryPolicy(UntilStopped(), new InstantTime());
        var giving = new StoreRetryPolicy(StoreRetryOptions.GiveUpAfter(5), new InstantTime());
        var waited = 0;
        var gaveUp = 0;

        await waiting.ExecuteAsync(_ => ++waited < 3 ? throw BadPassword : Task.FromResult(0), CancellationToken.None);
        await Assert.ThrowsAsync<Neo4jException>(() => giving.ExecuteAsync<int>(_ => { gaveUp++; throw BadPassword; }, CancellationToken.None));

        Assert.Equal(3, waited);
        Assert.Equal(1, gaveUp);
    }

    [Fact]
    public async Task Giving_up_after_n_makes_exactly_n_plus_one_attempts_then_the_last_failure_propagates()
    {
        var policy = new StoreRetryPolicy(StoreRetryOptions.GiveUpAfter(2), new InstantTime());
        var attempts = 0;

        var e = await Assert.ThrowsAsync<Neo4jException>(() => policy.ExecuteAsync<int>(_ => { attempts++; throw Deadlock; }, CancellationToken.None));

        Assert.Same(Deadlock, e);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task A_permanent_error_is_never_retried()
    {
        var policy = new StoreRetryPolicy(UntilStopped(), new InstantTime());
        var attempts = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => policy.ExecuteAsync<int>(
            _ => { attempts++; throw new InvalidOperationException(); }, CancellationToken.None));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Retries_stop_when_cancelled_during_the_wait()
    {
        // The fake clock never moves: the policy waits for ever after the first failure unless cancelled.
        var policy = new StoreRetryPolicy(UntilStopped(), new FakeTimeProvider());
        using var cancellation = new CancellationTokenSource();
        var attempts = 0;
        var failed = new TaskCompletionSource();

        var running = policy.ExecuteAsync(
            _ =>
            {
                attempts++;
                failed.TrySetResult();
                return Task.FromException(Unreachable);
            },
            cancellation.Token);
        await failed.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_failure_met_while_being_cancelled_ends_as_cancellation_not_as_the_failure()
    {
        var policy = new StoreRetryPolicy(UntilStopped(), new InstantTime());
        using var cancellation = new CancellationTokenSource();

        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => policy.ExecuteAsync(
            _ =>
            {
                cancellation.Cancel();
                return Task.FromException(Unreachable);
            },
            cancellation.Token));

        Assert.Same(Unreachable, e.InnerException);
    }

    [Fact]
    public async Task The_backoff_doubles_up_to_the_cap_and_each_retry_waits_for_it_on_the_injected_clock()
    {
        var clock = new ObservedClock();
        var policy = new StoreRetryPolicy(UntilStopped(), clock);
        var attempts = 0;

        var running = policy.ExecuteAsync(
            _ => ++attempts < 5 ? Task.FromException<int>(Unreachable) : Task.FromResult(attempts), CancellationToken.None);
        foreach (var wait in new[] { 1, 2, 3, 3 })
        {
            // Nothing happens a tick before the backoff ends; the next attempt follows when it does.
            await clock.TimerCreated.WaitAsync();
            var before = attempts;
            clock.Advance(TimeSpan.FromSeconds(wait) - TimeSpan.FromTicks(1));
            Assert.Equal(before, attempts);
            clock.Advance(TimeSpan.FromTicks(1));
        }

        Assert.Equal(5, await running);
    }

    [Fact]
    public void Delays_grow_exponentially_with_jitter_and_are_capped()
    {
        var low = StoreRetryOptions.GiveUpAfter(5) with { Jitter = () => 0.0 };
        var high = StoreRetryOptions.GiveUpAfter(5) with { Jitter = () => 0.999 };

        Assert.Equal(TimeSpan.FromMilliseconds(100), low.DelayFor(0));
        Assert.Equal(TimeSpan.FromMilliseconds(400), low.DelayFor(2));
        Assert.InRange(high.DelayFor(2), TimeSpan.FromMilliseconds(790), TimeSpan.FromMilliseconds(800));
        Assert.Equal(TimeSpan.FromSeconds(5), low.DelayFor(20));
        Assert.True(high.DelayFor(40) <= high.MaxDelay);
    }

    [Fact]
    public async Task A_commit_that_failed_on_a_lock_is_retried()
    {
        var policy = new StoreRetryPolicy(StoreRetryOptions.GiveUpAfter(3), new InstantTime());
        var commitFailed = new Neo4jException(
            "Neo.DatabaseError.Transaction.TransactionCommitFailed", "could not commit", Neo4jErrorKind.Transient);
        var attempts = 0;

        await policy.ExecuteAsync(_ => ++attempts < 2 ? throw commitFailed : Task.FromResult(0), CancellationToken.None);

        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task A_caller_retrying_until_stopped_over_a_client_that_gives_up_after_zero_sends_one_request_per_attempt()
    {
        // The worker's composition: its policy around store calls, its client configured not to retry. Three
        // deadlocks then a commit must be exactly four commit requests; stacked retries would send many more.
        var server = new DeadlockingServer(deadlocks: 3);
        using var client = server.Client(maxRetries: 0);
        var policy = new StoreRetryPolicy(UntilStopped(), new InstantTime());

        await policy.ExecuteAsync(ct => client.RunAsync("RETURN 1", ct), CancellationToken.None);

        Assert.Equal(4, server.Commits);
    }

    [Fact]
    public async Task A_client_giving_up_after_n_sends_n_plus_one_requests_for_a_failing_commit()
    {
        var server = new DeadlockingServer(deadlocks: int.MaxValue);
        using var client = server.Client(maxRetries: 4);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", CancellationToken.None));

        Assert.Equal(Neo4jErrorKind.Transient, e.Kind);
        Assert.Equal(5, server.Commits);
    }

    /// <summary>A Neo4j 4.4 whose first commits end in a deadlock; counts the commit requests.</summary>
    private sealed class DeadlockingServer(int deadlocks)
    {
        private const string DeadlockBody =
            """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""";

        public int Commits { get; private set; }

        public Neo4jClient Client(int maxRetries) =>
            new(new Neo4jOptions { MaxRetries = maxRetries }, new ScriptedHandler(Answer), logger: null, new InstantTime());

        private HttpResponseMessage Answer(RecordedRequest request)
        {
            if (request.Path == "/")
            {
                return Json(Documents.Root44);
            }

            Commits++;
            return Json(Commits <= deadlocks ? DeadlockBody : Documents.CommitOk);
        }
    }

    /// <summary>A fake clock that says when a wait has begun, so the test advances it only once the timer exists.</summary>
    private sealed class ObservedClock : FakeTimeProvider
    {
        public SemaphoreSlim TimerCreated { get; } = new(0);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                TimerCreated.Release();
            }

            return timer;
        }
    }
}
