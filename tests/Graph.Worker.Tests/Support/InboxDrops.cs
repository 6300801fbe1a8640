namespace Graph.Worker.Tests.Support;

/// <summary>How the inbox tests hand files to a running worker and wait for what it does.</summary>
internal static class InboxDrops
{
    // A hang guard, not a speed limit: a passing test waits only as long as the work takes, however loaded the machine.
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public const string Text = "Kim Jong-un a signé le traité.";

    /// <summary>Drops a file the way a producer should: written aside, dated as settled, then moved in.</summary>
    public static void Drop(TempFolder folder, string name, string text = Text)
    {
        var staging = folder.Combine("." + name + ".tmp");
        File.WriteAllText(staging, text);
        File.SetLastWriteTimeUtc(staging, DateTime.UtcNow.AddMinutes(-1));
        File.Move(staging, folder.Combine(name), overwrite: true);
    }

    public static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not become true in time");
            await Task.Delay(20);
        }
    }
}
