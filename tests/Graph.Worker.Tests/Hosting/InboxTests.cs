using Graph.Worker.Hosting;
using Graph.Worker.Tests.Support;

namespace Graph.Worker.Tests.Hosting;

public sealed class InboxTests : IDisposable
{
    private static readonly DateTimeOffset Later = DateTimeOffset.UtcNow.AddMinutes(1);

    private readonly TempFolder folder = new();
    private readonly Inbox inbox;

    public InboxTests()
    {
        inbox = new Inbox(folder.Path, "processing", "processed", "failed");
        inbox.EnsureCreated();
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Claiming_moves_the_file_into_processing()
    {
        var file = Drop("a.txt");

        var claimed = inbox.TryClaim(file);

        Assert.Equal(folder.Combine("processing", "a.txt"), claimed);
        Assert.False(File.Exists(file));
        Assert.True(File.Exists(claimed));
    }

    [Fact]
    public void A_file_taken_by_someone_else_cannot_be_claimed()
    {
        var file = Drop("a.txt");
        File.Delete(file);

        Assert.Null(inbox.TryClaim(file));
    }

    [Fact]
    public void A_name_already_in_processing_is_not_claimed_over_it()
    {
        File.WriteAllText(folder.Combine("processing", "a.txt"), "first");
        var file = Drop("a.txt", "second");

        Assert.Null(inbox.TryClaim(file));
        Assert.Equal("first", File.ReadAllText(folder.Combine("processing", "a.txt")));
    }

    [Fact]
    public void Pending_lists_inbox_files_but_not_subfolders_or_hidden_files()
    {
        Drop("b.txt");
        Drop(".a.txt.swp");
        Drop("c.txt.part");
        File.WriteAllText(folder.Combine("processed", "old.txt"), "x");

        var pending = inbox.Pending(Later, TimeSpan.FromSeconds(1), out var someUnsettled);

        Assert.Equal([folder.Combine("b.txt")], pending);
        Assert.False(someUnsettled);
    }

    [Fact]
    public void A_file_still_being_written_waits_for_a_later_scan()
    {
        Drop("a.txt");

        var pending = inbox.Pending(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5), out var someUnsettled);

        Assert.Empty(pending);
        Assert.True(someUnsettled);
    }

    [Fact]
    public void Completing_moves_to_processed_replacing_an_older_copy_and_clearing_an_earlier_failure()
    {
        File.WriteAllText(folder.Combine("processed", "a.txt"), "old");
        File.WriteAllText(folder.Combine("failed", "a.txt"), "old");
        File.WriteAllText(folder.Combine("failed", "a.txt.reason.txt"), "was broken");
        var claimed = inbox.TryClaim(Drop("a.txt", "new"))!;

        inbox.Complete(claimed);

        Assert.Equal("new", File.ReadAllText(folder.Combine("processed", "a.txt")));
        Assert.False(File.Exists(claimed));
        Assert.False(File.Exists(folder.Combine("failed", "a.txt")));
        Assert.False(File.Exists(folder.Combine("failed", "a.txt.reason.txt")));
    }

    [Fact]
    public void Failing_moves_to_failed_with_a_reason_file()
    {
        var claimed = inbox.TryClaim(Drop("a.txt"))!;

        inbox.Fail(claimed, "not an article");

        Assert.True(File.Exists(folder.Combine("failed", "a.txt")));
        Assert.Equal("not an article" + Environment.NewLine, File.ReadAllText(folder.Combine("failed", "a.txt.reason.txt")));
    }

    [Fact]
    public void Orphans_are_the_files_left_in_processing()
    {
        File.WriteAllText(folder.Combine("processing", "b.txt"), "x");
        File.WriteAllText(folder.Combine("processing", "a.txt"), "x");

        Assert.Equal([folder.Combine("processing", "a.txt"), folder.Combine("processing", "b.txt")], inbox.Orphans());
    }

    private string Drop(string name, string text = "Kim Jong-un a signé le traité.")
    {
        var path = folder.Combine(name);
        File.WriteAllText(path, text);
        return path;
    }
}
