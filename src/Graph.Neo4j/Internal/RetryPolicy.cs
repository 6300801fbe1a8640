namespace Graph.Neo4j.Internal;

/// <summary>
/// Retries an operation that failed with a transient <see cref="Neo4jException"/>, waiting
/// <c>BaseDelay · 2^attempt</c> (capped at <see cref="MaxDelay"/>) scaled by a random factor in [0.5, 1),
/// so that writers that collided on a deadlock do not collide again in lockstep.
/// </summary>
internal sealed class RetryPolicy
{
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    /// <summary>The longest a server's Retry-After is honoured; a larger value is not waited for in full.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(1);

    private readonly int _maxRetries;
    private readonly Func<double> _random;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly Action<Neo4jException, int, TimeSpan>? _onRetry;

    public RetryPolicy(
        int maxRetries,
        Func<double>? random = null,
        Func<TimeSpan, CancellationToken, Task>? delay = null,
        Action<Neo4jException, int, TimeSpan>? onRetry = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        _maxRetries = maxRetries;
        _random = random ?? Random.Shared.NextDouble;
        _delay = delay ?? Task.Delay;
        _onRetry = onRetry;
    }

    public TimeSpan DelayFor(int attempt)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * _random())));
    }

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await operation(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException e) when (e.IsTransient && attempt < _maxRetries)
            {
                var wait = DelayFor(attempt);
                if (e.RetryAfter is { } asked && asked > wait)
                {
                    wait = asked < MaxRetryAfter ? asked : MaxRetryAfter;
                }

                _onRetry?.Invoke(e, attempt + 1, wait);
                await _delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
