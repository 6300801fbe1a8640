using Microsoft.Extensions.Logging;

namespace Graph.Worker.Ingestion;

/// <summary>
/// Retries a store call on errors worth retrying, with exponential backoff. The CLI retries a few times and only
/// when the server asked for it; the worker retries unreachable servers too, until it is stopped.
/// </summary>
internal sealed partial class RetryPolicy(TimeSpan firstDelay, TimeSpan maxDelay, TimeProvider time, ILogger<RetryPolicy> logger)
{
    /// <param name="maxAttempts">Attempts before the error propagates; null retries until <paramref name="cancellationToken"/> fires.</param>
    /// <param name="retryUnreachable">Whether a server that cannot be reached is retried too.</param>
    public async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> action, int? maxAttempts, CancellationToken cancellationToken, bool retryUnreachable = false)
    {
        var delay = firstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                // Asked to stop: that is the outcome, whatever the attempt in hand ran into meanwhile.
                throw new OperationCanceledException($"Stopped while retrying: {StoreErrors.Describe(e)}", e, cancellationToken);
            }
            catch (Exception e) when (ShouldRetry(e, attempt, maxAttempts, retryUnreachable, cancellationToken))
            {
                LogRetrying(logger, StoreErrors.Classify(e), attempt, delay.TotalSeconds, StoreErrors.Describe(e));
            }

            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, maxDelay.Ticks));
        }
    }

    public Task RunAsync(
        Func<CancellationToken, Task> action, int? maxAttempts, CancellationToken cancellationToken, bool retryUnreachable = false) =>
        RunAsync(
            async ct =>
            {
                await action(ct).ConfigureAwait(false);
                return true;
            },
            maxAttempts,
            cancellationToken,
            retryUnreachable);

    private static bool ShouldRetry(Exception e, int attempt, int? maxAttempts, bool retryUnreachable, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested || attempt >= maxAttempts)
        {
            return false;
        }

        return StoreErrors.Classify(e) switch
        {
            StoreErrorKind.Transient => true,
            StoreErrorKind.Unreachable => retryUnreachable,
            _ => false,
        };
    }

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning,
        Message = "Database error ({Kind}) on attempt {Attempt}; retrying in {DelaySeconds} s: {Error}")]
    private static partial void LogRetrying(ILogger logger, StoreErrorKind kind, int attempt, double delaySeconds, string error);
}
