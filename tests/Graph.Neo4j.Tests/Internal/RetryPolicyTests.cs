using Graph.Neo4j.Internal;

namespace Graph.Neo4j.Tests.Internal;

public sealed class RetryPolicyTests
{
    private static Neo4jException Transient() => new("Neo.TransientError.Transaction.DeadlockDetected", "deadlock", isTransient: true);

    [Fact]
    public async Task A_transient_failure_is_retried_until_it_succeeds()
    {
        var waits = new List<TimeSpan>();
        var policy = new RetryPolicy(5, random: () => 0.0, delay: (d, _) => { waits.Add(d); return Task.CompletedTask; });
        var calls = 0;

        var result = await policy.ExecuteAsync(_ => ++calls < 3 ? throw Transient() : Task.FromResult("ok"), CancellationToken.None);

        Assert.Equal("ok", result);
        Assert.Equal(3, calls);
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], waits);
    }

    [Fact]
    public async Task A_permanent_failure_is_not_retried()
    {
        var policy = new RetryPolicy(5, delay: (_, _) => Task.CompletedTask);
        var calls = 0;

        await Assert.ThrowsAsync<Neo4jException>(() => policy.ExecuteAsync<int>(
            _ => { calls++; throw new Neo4jException("Neo.ClientError.Statement.SyntaxError", "bad", isTransient: false); },
            CancellationToken.None));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task The_last_transient_failure_propagates_after_max_retries()
    {
        var policy = new RetryPolicy(2, delay: (_, _) => Task.CompletedTask);
        var calls = 0;

        var e = await Assert.ThrowsAsync<Neo4jException>(() => policy.ExecuteAsync<int>(_ => { calls++; throw Transient(); }, CancellationToken.None));

        Assert.True(e.IsTransient);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void Delays_grow_exponentially_with_jitter_and_are_capped()
    {
        var low = new RetryPolicy(5, random: () => 0.0);
        var high = new RetryPolicy(5, random: () => 0.999);

        Assert.Equal(TimeSpan.FromMilliseconds(100), low.DelayFor(0));
        Assert.Equal(TimeSpan.FromMilliseconds(400), low.DelayFor(2));
        Assert.True(high.DelayFor(2) > TimeSpan.FromMilliseconds(790));
        Assert.True(high.DelayFor(2) < TimeSpan.FromMilliseconds(800));
        Assert.Equal(TimeSpan.FromSeconds(5), low.DelayFor(20));
        Assert.True(high.DelayFor(40) <= RetryPolicy.MaxDelay);
    }
}
