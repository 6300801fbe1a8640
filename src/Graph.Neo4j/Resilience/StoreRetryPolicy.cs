using Graph.Neo4j.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace Graph.Neo4j.Resilience;

/// <summary>
/// The one retry policy for store calls, a Polly pipeline: transient failures (deadlocks, a commit that failed on a
/// lock, HTTP 429 with its Retry-After, a server that is not answering) are retried with exponential backoff and
/// jitter, on <see cref="TimeProvider"/>. Whether it gives up, and when, is its <see cref="StoreRetryOptions"/>.
/// Apply it at one level only: the client uses it, or its caller does with a client that does not retry.
/// </summary>
public sealed class StoreRetryPolicy
{
    private readonly ResiliencePipeline _pipeline;

    public StoreRetryPolicy(StoreRetryOptions options, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        var log = logger ?? NullLogger.Instance;
        if (options.MaxRetries == 0)
        {
            _pipeline = ResiliencePipeline.Empty;
            return;
        }

        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time ?? TimeProvider.System }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries ?? int.MaxValue,
                // Once cancelled, the failure in hand is the outcome (and becomes the cancellation's cause below).
                ShouldHandle = args => ValueTask.FromResult(
                    !args.Context.CancellationToken.IsCancellationRequested
                    && args.Outcome.Exception is { } e
                    && StoreFailures.IsRetryable(e, options.WaitForOperator)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Wait(options, args.AttemptNumber, args.Outcome.Exception)),
                OnRetry = args =>
                {
                    var e = args.Outcome.Exception!;
                    Log.Retrying(
                        log,
                        StoreFailures.KindOf(e),
                        args.AttemptNumber + 1,
                        (long)args.RetryDelay.TotalMilliseconds,
                        (e as Neo4jException)?.Code ?? e.GetType().Name,
                        e.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public StoreRetryOptions Options { get; }

    /// <summary>
    /// Runs <paramref name="operation"/> until it succeeds, fails for good, or the policy gives up. Cancelling
    /// <paramref name="cancellationToken"/> ends the waits; a failure met while being cancelled ends as cancellation.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (operation, ct) => await operation(ct).ConfigureAwait(false), operation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            // Asked to stop: that is the outcome, whatever the attempt in hand ran into meanwhile.
            throw new OperationCanceledException($"Stopped while retrying: {e.Message}", e, cancellationToken);
        }
    }

    public Task ExecuteAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return ExecuteAsync(
            async ct =>
            {
                await operation(ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    private static TimeSpan Wait(StoreRetryOptions options, int retry, Exception? error)
    {
        var wait = options.DelayFor(retry);
        if (error is Neo4jException { RetryAfter: { } asked } && asked > wait)
        {
            wait = asked < options.MaxRetryAfter ? asked : options.MaxRetryAfter;
        }

        return wait;
    }
}
