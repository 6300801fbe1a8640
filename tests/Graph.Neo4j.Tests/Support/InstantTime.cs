namespace Graph.Neo4j.Tests.Support;

/// <summary>A clock whose timers fire at once: retries run without waiting, and the waits asked for are recorded.</summary>
internal sealed class InstantTime : TimeProvider
{
    private readonly List<TimeSpan> _waits = [];

    /// <summary>The clock's reading, when a test needs one that does not move; otherwise the system's.</summary>
    public DateTimeOffset? Now { get; init; }

    public override DateTimeOffset GetUtcNow() => Now ?? base.GetUtcNow();

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return [.. _waits];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_waits)
            {
                _waits.Add(dueTime);
            }

            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
