namespace Graph.Worker;

/// <summary>How an exception is reported on one line, whatever raised it (the store, the broker, a feed).</summary>
internal static class ErrorText
{
    /// <summary>
    /// The exception's message followed by those of its causes that add something: clients often say only "could not
    /// connect" on the outside and why inside.
    /// </summary>
    public static string OneLine(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message;
        for (var e = error.InnerException; e is not null; e = e.InnerException)
        {
            if (!string.IsNullOrWhiteSpace(e.Message) && !message.Contains(e.Message, StringComparison.Ordinal))
            {
                message = $"{message} ({e.Message})";
            }
        }

        return message;
    }
}
