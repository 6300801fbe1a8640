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

    public void Dispose()
    {
        inbox.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Claiming_moves_the_file_into_the_workers_own_folder_in_processing()
    {
        var file = Drop("a.txt");

        var claimed = inbox.TryClaim(file);

        Assert.Equal(Path.Combine(inbox.ClaimFolder, "a.txt"), claimed);
        Assert.Equal(inbox.ProcessingFolder, Path.GetDirectoryName(inbox.ClaimFolder));
        Assert.False(File.Exists(file));
        Assert.True(File.Exists(claimed));
    }

    [Fact]
    public void A_file_taken_by_someone_else_cannot_be_claimed()
    {
        var file = Drop("a.txt");
        File.Delete(file);

        Assert.Null(inbox.TryClaim(file));
        Assert.NotNull(inbox.TryClaim(Drop("b.txt")));
    }

    [Fact]
    public void A_name_already_claimed_is_not_claimed_over_it()
    {
        File.WriteAllText(Path.Combine(inbox.ClaimFolder, "a.txt"), "first");
        var file = Drop("a.txt", "second");

        Assert.Null(inbox.TryClaim(file));
        Assert.Equal("first", File.ReadAllText(Path.Combine(inbox.ClaimFolder, "a.txt")));
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
    public void Files_left_directly_in_processing_by_an_older_version_are_reclaimed()
    {
        File.WriteAllText(folder.Combine("processing", "b.txt"), "x");
        File.WriteAllText(folder.Combine("processing", "a.txt"), "x");

        Assert.Equal([Path.Combine(inbox.ClaimFolder, "a.txt"), Path.Combine(inbox.ClaimFolder, "b.txt")], inbox.ReclaimOrphans());
    }

    [Fact]
    public void Files_held_by_a_live_worker_are_not_reclaimed_but_those_of_a_dead_one_are()
    {
        using var live = new Inbox(folder.Path, "processing", "processed", "failed");
        live.EnsureCreated();
        var held = live.TryClaim(Drop("held.txt"))!;
        var dead = new Inbox(folder.Path, "processing", "processed", "failed");
        dead.EnsureCreated();
        var orphan = dead.TryClaim(Drop("orphan.txt"))!;
        // A worker that dies releases its lock but leaves its claim folder and files behind.
        dead.Dispose();

        var reclaimed = inbox.ReclaimOrphans();

        Assert.Equal([Path.Combine(inbox.ClaimFolder, "orphan.txt")], reclaimed);
        Assert.True(File.Exists(held));
        Assert.False(File.Exists(orphan));
        Assert.False(Directory.Exists(dead.ClaimFolder));
        Assert.Equal([held], live.ReclaimOrphans());
    }

    [Fact]
    public void A_stopped_worker_removes_its_empty_claim_folder()
    {
        var other = new Inbox(folder.Path, "processing", "processed", "failed");
        other.EnsureCreated();
        other.Complete(other.TryClaim(Drop("a.txt"))!, "a");
        Assert.True(Directory.Exists(other.ClaimFolder));

        other.Dispose();

        Assert.False(Directory.Exists(other.ClaimFolder));
        Assert.True(File.Exists(folder.Combine("processed", "a.txt")));
    }

    [Fact]
    public void A_processed_file_that_is_deleted_is_reported_with_its_article_id_once_forgotten_no_more()
    {
        inbox.Complete(inbox.TryClaim(Drop("a.txt"))!, "article-a");
        inbox.Complete(inbox.TryClaim(Drop("b.txt"))!, "article-b");
        Assert.Empty(inbox.DeletedFromProcessed());

        File.Delete(folder.Combine("processed", "a.txt"));

        Assert.Equal([("a.txt", "article-a")], inbox.DeletedFromProcessed());
        inbox.Forget("a.txt");
        Assert.Empty(inbox.DeletedFromProcessed());
    }

    [Fact]
    public void A_processed_file_dropped_again_for_reprocessing_is_not_a_deletion()
    {
        inbox.Complete(inbox.TryClaim(Drop("a.txt"))!, "article-a");

        File.Move(folder.Combine("processed", "a.txt"), folder.Combine("a.txt"));
        Assert.Empty(inbox.DeletedFromProcessed());
        Assert.NotNull(inbox.TryClaim(folder.Combine("a.txt")));
        Assert.Empty(inbox.DeletedFromProcessed());
    }

    private string Drop(string name, string text = "Kim Jong-un a signé le traité.")
    {
        var path = folder.Combine(name);
        File.WriteAllText(path, text);
        return path;
    }
}
