namespace Graph.Worker.Hosting;

/// <summary>
/// Wakes the worker when something lands in the inbox, so a dropped file does not wait for the next poll.
/// Notifications are only a hint: the poll still scans, since a watcher can overflow and miss events.
/// </summary>
internal sealed class InboxSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);
    private readonly List<FileSystemWatcher> watchers = [];

    /// <param name="folders">The inbox, and <c>processed/</c> when deletions there are mirrored.</param>
    public InboxSignal(params string[] folders)
    {
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Created += (_, _) => Set();
            watcher.Changed += (_, _) => Set();
            watcher.Renamed += (_, _) => Set();
            watcher.Deleted += (_, _) => Set();
            watcher.Error += (_, _) => Set();
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a notification or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        signal.Dispose();
    }

    private void Set()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one pending wake-up is enough, the scan takes everything waiting.
        }
        catch (ObjectDisposedException)
        {
            // An event raced with shutdown.
        }
    }
}
