namespace Graph.IntegrationTests.Support;

/// <summary>Looks into a worker's inbox folder.</summary>
internal static class Inboxes
{
    public static int Processed(string inbox) => Files(Path.Combine(inbox, "processed"));

    public static int Failed(string inbox) => Files(Path.Combine(inbox, "failed"));

    /// <summary>Files still waiting in the inbox or claimed by some worker.</summary>
    public static int Pending(string inbox)
    {
        var claimed = Directory.Exists(Path.Combine(inbox, "processing"))
            ? Directory.EnumerateFiles(Path.Combine(inbox, "processing"), "*", SearchOption.AllDirectories).Count(IsArticle)
            : 0;
        return Files(inbox) + claimed;
    }

    public static bool Drained(string inbox, int expected) => Pending(inbox) == 0 && Processed(inbox) + Failed(inbox) >= expected;

    private static int Files(string folder) => Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count(IsArticle) : 0;

    private static bool IsArticle(string path) => !Path.GetFileName(path).StartsWith('.') && !path.EndsWith(".reason.txt", StringComparison.Ordinal);
}
