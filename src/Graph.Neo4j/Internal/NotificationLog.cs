using System.Collections.Concurrent;
using Graph.Neo4j.Protocol;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Internal;

/// <summary>
/// Logs the server's notifications as warnings, once per distinct code and description: a deprecation repeated on
/// every article write must be seen, not flood the log. Bounded, so an endless variety cannot grow it.
/// </summary>
internal sealed class NotificationLog(ILogger logger)
{
    private const int MaxDistinct = 1000;
    private readonly ConcurrentDictionary<(string Code, string Description), bool> _seen = new();

    public void Report(IReadOnlyList<ServerNotification> notifications)
    {
        foreach (var notification in notifications)
        {
            if (_seen.Count < MaxDistinct && _seen.TryAdd((notification.Code, notification.Description), true))
            {
                Log.ServerNotification(logger, notification.Severity, notification.Code, notification.Title, notification.Description);
            }
        }
    }
}
