namespace Graph.Worker.Hosting;

/// <summary>
/// A problem that stops a command before it does anything, told to the user in one message and exit code 1,
/// without a stack trace: no database, a missing file, a bad setting.
/// </summary>
internal sealed class CommandAbortedException(string message, Exception? inner = null) : Exception(message, inner);
