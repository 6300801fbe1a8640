namespace Graph.Neo4j.Resilience;

/// <summary>
/// How a store call is retried. There are two configurations of the one <see cref="StoreRetryPolicy"/>: the CLI's
/// <see cref="GiveUpAfter"/> (a few retries, then the error goes to the user) and the worker's
/// <see cref="UntilStopped"/> (wait for the server for as long as it takes, until the host stops).
/// </summary>
public sealed record StoreRetryOptions
{
    /// <summary>Retries after the first attempt; null retries until the call's cancellation token fires.</summary>
    public int? MaxRetries { get; init; }

    /// <summary>Wait before the first retry; doubled at each retry up to <see cref="MaxDelay"/>, then scaled by jitter.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest wait between two attempts, before jitter.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest a server's Retry-After is honoured; a larger value is not waited for in full.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Whether refused credentials and failed TLS handshakes are waited out too. The worker keeps its files until an
    /// operator fixes the configuration; the CLI reports them at once.
    /// </summary>
    public bool WaitForOperator { get; init; }

    /// <summary>
    /// A number in [0, 1) that scales each wait into [0.5, 1) of its nominal value, so writers that collided on a
    /// deadlock do not collide again in lockstep. Tests pin it.
    /// </summary>
    public Func<double> Jitter { get; init; } = Random.Shared.NextDouble;

    /// <summary>The CLI: <paramref name="retries"/> retries of transient failures, then the error propagates.</summary>
    public static StoreRetryOptions GiveUpAfter(int retries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retries);
        return new StoreRetryOptions { MaxRetries = retries };
    }

    /// <summary>The worker: retries until the server is back or the host stops.</summary>
    public static StoreRetryOptions UntilStopped(TimeSpan firstDelay, TimeSpan maxDelay) =>
        new() { MaxRetries = null, FirstDelay = firstDelay, MaxDelay = maxDelay, WaitForOperator = true };

    /// <summary>The wait before retry number <paramref name="retry"/> (0 for the first), jitter included.</summary>
    public TimeSpan DelayFor(int retry)
    {
        var exponential = FirstDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 30));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * Jitter())));
    }
}
