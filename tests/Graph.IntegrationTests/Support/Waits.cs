namespace Graph.IntegrationTests.Support;

/// <summary>
/// How long a test waits for something that will happen (a worker processing a file, a log line): a guard against
/// hanging for ever, never a speed limit. On a machine loaded forty deep on two cores, waits of 90–180 s ran out while
/// the work was still progressing; a passing test waits only as long as the work takes, so the guard can be long.
/// </summary>
internal static class Waits
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);
}
