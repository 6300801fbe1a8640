using Graph.Core.Graph;
using Graph.Neo4j;
using Graph.Neo4j.Resilience;
using Graph.Worker.Hosting;
using Graph.Worker.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Graph.Worker.Tests.Hosting;

/// <summary>The write loop both workers share: one call for the group, one at a time when it is refused, and what stays unsettled on a stop.</summary>
public sealed class GroupCommitTests
{
    private readonly InMemoryGraphStore store = new();
    private readonly List<string> written = [];
    private readonly List<string> refused = [];
    private readonly List<int> groupsRefused = [];

    [Fact]
    public async Task Ready_articles_are_written_in_one_store_call_and_each_is_settled_in_order()
    {
        var left = await WriteAsync(new GroupCommit<string>(store, Retry()), ["a", "b", "c"], CancellationToken.None);

        Assert.Empty(left);
        Assert.Equal([3], store.BatchCalls);
        Assert.Equal(["a", "b", "c"], written);
        Assert.Empty(refused);
    }

    [Fact]
    public async Task A_refused_group_is_written_one_at_a_time_and_only_the_article_at_fault_is_refused()
    {
        store.RefusedArticleId = "b";

        var left = await WriteAsync(new GroupCommit<string>(store, Retry()), ["a", "b", "c"], CancellationToken.None);

        Assert.Empty(left);
        Assert.Equal([3], groupsRefused);
        Assert.Equal(["a", "c"], written);
        Assert.Equal(["b"], refused);
    }

    [Fact]
    public async Task A_stop_while_waiting_for_the_database_leaves_only_the_articles_not_yet_settled()
    {
        // The group is refused (c), a is written alone, then the database goes away while b is written and the
        // worker is stopped: a is settled, b and c stay for the next start (the count once said all three).
        using var stopping = new CancellationTokenSource();
        store.RefusedArticleId = "c";
        store.OnWrite = batch =>
        {
            if (batch.Article.Id == "b")
            {
                store.FailNextWritesWith(new Neo4jException("Graph.Neo4j.ConnectionFailed", "down", Neo4jErrorKind.Unreachable));
                stopping.Cancel();
            }
        };
        var commit = new GroupCommit<string>(store, new StoreRetryPolicy(StoreRetryOptions.UntilStopped(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)), new FakeTimeProvider()));

        var left = await WriteAsync(commit, ["a", "b", "c"], stopping.Token);

        Assert.Equal(["b", "c"], left);
        Assert.Equal(["a"], written);
        Assert.Empty(refused);
    }

    [Fact]
    public async Task Timing_is_reported_per_store_call_with_its_article_count()
    {
        var calls = new List<int>();

        await WriteAsync(new GroupCommit<string>(store, Retry(), (_, count) => calls.Add(count)), ["a", "b"], CancellationToken.None);
        await WriteAsync(new GroupCommit<string>(store, Retry(), (_, count) => calls.Add(count)), ["d"], CancellationToken.None);

        Assert.Equal([2, 1], calls);
    }

    private static StoreRetryPolicy Retry() => new(StoreRetryOptions.GiveUpAfter(0));

    private Task<IReadOnlyList<string>> WriteAsync(GroupCommit<string> commit, string[] ids, CancellationToken stoppingToken) =>
        commit.WriteAsync(
            ids,
            id => TestData.Map(new FakeExtractor(TestData.Fact(0.9)).Extract(TestData.Article(id))),
            (id, _) =>
            {
                written.Add(id);
                return Task.CompletedTask;
            },
            (id, _) =>
            {
                refused.Add(id);
                return Task.CompletedTask;
            },
            (count, _) => groupsRefused.Add(count),
            stoppingToken);
}
