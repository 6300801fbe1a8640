using System.Text.RegularExpressions;
using Graph.Core.Graph;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>
/// Several writers at once against the real server: the same article raced by two stores, articles sharing
/// entities written in parallel (deadlocks retried), and two <c>graph run</c> workers on one inbox.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed partial class ConcurrencyTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = Waits.Patience;

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static GraphBatch Version(string sha, string place) => new BatchBuilder("race", sha)
        .Entity("russia", "Country", "Russia")
        .Entity(place, "Location", place)
        .Entity("treaty", "Treaty", "Treaty")
        .Fact("russia", "DEPLOYED", place, ("troops", 1000L))
        .Fact("russia", "SIGNED", "treaty")
        .Statement("race/s1", "russia", $"We are in {place}.", place)
        .Build();

    [Fact]
    public async Task Two_stores_racing_on_the_same_article_write_it_once()
    {
        var single = await SingleWriteDumpAsync(Version("v1", "kursk"));
        for (var round = 0; round < 8; round++)
        {
            await server.ResetAsync();
            using var clientA = new Neo4jClient(server.Options);
            using var clientB = new Neo4jClient(server.Options);
            var outcomes = await RaceAsync(
                () => new Neo4jGraphStore(clientA).WriteArticleAsync(Version("v1", "kursk"), CancellationToken.None),
                () => new Neo4jGraphStore(clientB).WriteArticleAsync(Version("v1", "kursk"), CancellationToken.None));

            Assert.Equal([WriteOutcome.Created, WriteOutcome.Unchanged], outcomes.Order());
            GraphDump.AssertSame(single, await GraphDump.CaptureAsync(server.Client));
        }
    }

    [Fact]
    public async Task Two_versions_racing_leave_exactly_one_of_them_never_a_mix()
    {
        var first = await SingleWriteDumpAsync(Version("v1", "kursk"));
        var second = await SingleWriteDumpAsync(Version("v2", "belgorod"));
        for (var round = 0; round < 8; round++)
        {
            await server.ResetAsync();
            using var clientA = new Neo4jClient(server.Options);
            using var clientB = new Neo4jClient(server.Options);
            await RaceAsync(
                () => new Neo4jGraphStore(clientA).WriteArticleAsync(Version("v1", "kursk"), CancellationToken.None),
                () => new Neo4jGraphStore(clientB).WriteArticleAsync(Version("v2", "belgorod"), CancellationToken.None));

            var dump = await GraphDump.CaptureAsync(server.Client);
            Assert.True(dump.SequenceEqual(first) || dump.SequenceEqual(second), $"a mix of both versions:\n{string.Join('\n', dump)}");
        }
    }

    [Fact]
    public async Task Articles_sharing_entities_written_in_parallel_leave_no_duplicate_node()
    {
        // Each article links the same entities, in a different order, so their locks are taken in different orders.
        var names = new[] { "russia", "ukraine", "kursk", "belgorod", "treaty" };
        var batches = Enumerable.Range(0, 12).Select(i =>
        {
            var order = names.Skip(i % names.Length).Concat(names.Take(i % names.Length)).ToArray();
            var builder = new BatchBuilder($"par-{i}", $"sha-{i}");
            foreach (var id in order)
            {
                builder.Entity(id, id == "treaty" ? "Treaty" : "Country", id, $"alias-{i}");
            }

            return builder.Fact(order[0], "ATTACKED", order[1]).Fact(order[2], "ATTACKED", order[3]).Build();
        }).ToList();
        using var clients = new ClientPool(server.Options, 4);

        await Task.WhenAll(batches.Select((batch, i) => Task.Run(() => new Neo4jGraphStore(clients[i]).WriteArticleAsync(batch, CancellationToken.None))));

        Assert.Equal(names.Length, await server.ScalarAsync("MATCH (e:Entity) RETURN count(e)"));
        Assert.Equal(0, await server.ScalarAsync("MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id)"));
        Assert.Equal(12, await server.ScalarAsync("MATCH (a:Article) RETURN count(a)"));
        Assert.Equal(12, await server.ScalarAsync("MATCH (e:Entity {id: 'russia'}) RETURN size(e.aliases)"));
        Assert.Equal(24, await server.ScalarAsync("MATCH (ev:Evidence) RETURN count(ev)"));
        var listed = await server.ScalarAsync("MATCH ()-[r:ATTACKED]->() UNWIND r.articles AS a RETURN count(a)");
        Assert.Equal(24, listed);
    }

    [Fact]
    public async Task Two_workers_on_one_inbox_ingest_each_article_once_and_build_the_clean_graph()
    {
        using var inbox = new TemporaryFolder();
        var many = Seeds.Copies(inbox, copies: 2);
        using var first = await WorkerProcess.StartAsync(server.Options, inbox.Path);
        using var second = await WorkerProcess.StartAsync(server.Options, inbox.Path);
        inbox.CopyIn(many);

        await first.WaitUntilAsync(() => Inboxes.Drained(inbox.Path, many.Count), Patience, "the inbox drained by two workers");
        first.Kill();
        second.Kill();

        var lines = Ingested(first.Output).Concat(Ingested(second.Output)).ToList();
        Assert.Equal(many.Count, lines.Count);
        Assert.Equal(many.Count, lines.Select(l => l.File).Distinct().Count());
        Assert.All(lines, l => Assert.Equal("Created", l.Outcome));
        Assert.Equal(0, Inboxes.Failed(inbox.Path));
        Assert.Equal(many.Count, await server.ScalarAsync("MATCH (a:Article) RETURN count(a)"));
        var together = await GraphDump.CaptureAsync(server.Client);
        var counts = await server.CountsAsync();

        GraphDump.AssertSame(await Seeds.CleanRunAsync(server, many), together);
        Assert.Equal(counts, await server.CountsAsync());
    }

    private async Task<IReadOnlyList<string>> SingleWriteDumpAsync(GraphBatch batch)
    {
        await server.ResetAsync();
        await server.Store.WriteArticleAsync(batch, CancellationToken.None);
        return await GraphDump.CaptureAsync(server.Client);
    }

    /// <summary>Starts both writes together, so that each reads the article before the other commits.</summary>
    private static async Task<WriteOutcome[]> RaceAsync(Func<Task<WriteOutcome>> a, Func<Task<WriteOutcome>> b)
    {
        using var gate = new ManualResetEventSlim();
        var first = Task.Run(() => { gate.Wait(); return a(); });
        var second = Task.Run(() => { gate.Wait(); return b(); });
        gate.Set();
        return await Task.WhenAll(first, second);
    }

    private static IEnumerable<(string File, string Outcome)> Ingested(string log) =>
        IngestedPattern().Matches(log).Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    [GeneratedRegex(@"Ingested (\S+) as \S+: (\w+),")]
    private static partial Regex IngestedPattern();

    private sealed class ClientPool(Neo4jOptions options, int size) : IDisposable
    {
        private readonly Neo4jClient[] _clients = [.. Enumerable.Range(0, size).Select(_ => new Neo4jClient(options))];

        public Neo4jClient this[int index] => _clients[index % _clients.Length];

        public void Dispose()
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }
        }
    }
}
