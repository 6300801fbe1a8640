using System.Text;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>
/// <c>graph ingest</c> on a folder of broken files next to a good article: each broken file is named with what is
/// wrong, and nothing else is lost.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class BadInputTests(Neo4jServerFixture server) : IAsyncLifetime
{
    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_bad_file_fails_alone_with_a_message_naming_it_and_the_good_articles_are_all_written()
    {
        using var folder = new TemporaryFolder();
        folder.CopyIn(Seeds.Files.Take(2));
        await File.WriteAllBytesAsync(folder.Combine("empty.txt"), []);
        await File.WriteAllBytesAsync(folder.Combine("binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF]);
        await File.WriteAllBytesAsync(folder.Combine("latin1.txt"), Encoding.Latin1.GetBytes("Le traité signé à Moscou par la Corée."));
        await using (var huge = File.Create(folder.Combine("huge.txt")))
        {
            var line = Encoding.UTF8.GetBytes(new string('x', 1023) + "\n");
            for (var i = 0; i < 50 * 1024; i++)
            {
                huge.Write(line);
            }
        }

        await File.WriteAllTextAsync(folder.Combine("broken.json"), "{\"title\": \"Unclosed\", \"text\": \"Kim");
        await File.WriteAllTextAsync(folder.Combine("scripts.html"), ScriptsAndStyles());
        await File.WriteAllTextAsync(folder.Combine("quiet.txt"), "Rien à signaler\nIl a fait beau toute la journée et rien ne s'est passé.\n");

        var (exitCode, output) = await GraphCli.RunAsync(server.Options, "ingest", folder.Path);

        Assert.True(exitCode == 2, $"exit {exitCode}:\n{output}");
        Assert.Contains("empty.txt", output, StringComparison.Ordinal);
        Assert.Contains("binary.txt", output, StringComparison.Ordinal);
        Assert.Contains("latin1.txt", output, StringComparison.Ordinal);
        Assert.Contains("UTF-8", output, StringComparison.Ordinal);
        Assert.Contains("huge.txt", output, StringComparison.Ordinal);
        Assert.Contains("MB", output, StringComparison.Ordinal);
        Assert.Contains("broken.json", output, StringComparison.Ordinal);
        Assert.Contains("JSON", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);

        // The two seeds, the HTML page and the article without entities are written; nothing from the scripts.
        var articles = (await server.Client.RunAsync("MATCH (a:Article) RETURN a.id AS id ORDER BY id", CancellationToken.None))
            .Select(r => (string)r["id"]!).ToList();
        string[] expected = [.. new[] { "000_8bf5ea0a956912c5.txt", "001_30b45e5f1cc6383e.txt", "quiet.txt", "scripts.html" }
            .Select(Graph.Extraction.Loading.ArticleId.FromRelativePath)];
        Assert.Equal(expected, articles);
        Assert.Equal(0, await server.ScalarAsync($"MATCH (:Article {{id: '{expected[2]}'}})-[m:MENTIONS]->() RETURN count(m)"));
        Assert.Equal(0, await server.ScalarAsync(
            "MATCH (ev:Evidence) WHERE ev.sentence CONTAINS 'function' OR ev.sentence CONTAINS '{' OR ev.sentence CONTAINS 'Zelensky' RETURN count(ev)"));
        Assert.Equal(0, await server.ScalarAsync("MATCH (e:Entity) WHERE e.name CONTAINS 'Zelensk' RETURN count(e)"));
        Assert.True(await server.ScalarAsync($"MATCH (:Article {{id: '{expected[3]}'}})-[m:MENTIONS]->() RETURN count(m)") > 0);

        // The good articles' graph is the one they build alone.
        var withBadFiles = await GraphDump.CaptureAsync(server.Client);
        var good = new[] { folder.Combine("quiet.txt"), folder.Combine("scripts.html") }.Concat(Seeds.Files.Take(2));
        GraphDump.AssertSame(await Seeds.CleanRunAsync(server, good), withBadFiles);
    }

    private static string ScriptsAndStyles()
    {
        var noise = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            noise.Append("<script>function f").Append(i).Append("() { var who = 'Volodymyr Zelensky a signé le traité'; document.write(who); }</script>\n");
            noise.Append("<style>.c").Append(i).Append(" { color: red; } /* Zelensky a déclaré */</style>\n");
        }

        return $"""
            <!doctype html><html><head><title>Kim Jong-un à Moscou</title>{noise}</head>
            <body>{noise}<article><p>Kim Jong-un et Vladimir Poutine ont signé le traité à Moscou.</p></article>
            <script type="application/ld+json">{"{"}"headline": "Zelensky a signé"{"}"}</script></body></html>
            """;
    }
}
