using System.Net.Http.Headers;
using System.Text;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>
/// Neo4j with authentication on, on an instance of its own (home <c>.neo4j/auth</c>, HTTP 7504, Bolt 7717): the
/// credentials come from the environment, work when right, and never show in output, right or wrong.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class CredentialTests
{
    [Fact]
    public async Task Credentials_from_the_environment_work_and_a_wrong_password_fails_clearly_without_leaking()
    {
        var password = "pw-" + Guid.NewGuid().ToString("N")[..12];
        var wrong = "wrong-" + Guid.NewGuid().ToString("N")[..12];
        await using var server = new ExtraServer("auth", 7504, 7717, auth: true);
        await server.WipeAsync();
        await server.StartAsync();
        await ChangeInitialPasswordAsync(server.Uri, password);

        var (exitCode, output) = await GraphCli.RunAsync(server.Options("neo4j", password), "ingest", Seeds.Files[0]);

        Assert.True(exitCode == 0, $"exit {exitCode}:\n{output}");
        Assert.DoesNotContain(password, output, StringComparison.Ordinal);
        using (var client = new Neo4jClient(server.Options("neo4j", password)))
        {
            Assert.Equal(1L, (await client.RunAsync("MATCH (a:Article) RETURN count(a) AS n", CancellationToken.None)).Single()["n"]);
        }

        (exitCode, output) = await GraphCli.RunAsync(server.Options("neo4j", wrong), "ingest", Seeds.Files[0]);

        Assert.True(exitCode == 1, $"exit {exitCode}:\n{output}");
        Assert.Contains("Neo4j rejected the credentials for user neo4j", output, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, output, StringComparison.Ordinal);
        Assert.DoesNotContain(password, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);

        (exitCode, output) = await GraphCli.RunAsync(server.Options(), "retract", "anything");
        Assert.True(exitCode == 1, $"exit {exitCode}:\n{output}");
        Assert.Contains("Neo4j requires credentials", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);

        // The worker logs its retries with a wrong password, never the password itself.
        using var inbox = new TemporaryFolder();
        using (var worker = await WorkerProcess.StartAsync(server.Options("neo4j", wrong), inbox.Path))
        {
            await worker.WaitUntilAsync(() => worker.Output.Contains("rejected the credentials", StringComparison.Ordinal), Waits.Patience, "the refusal logged");
            worker.Kill();
            Assert.DoesNotContain(wrong, worker.Output, StringComparison.Ordinal);
        }
    }

    /// <summary>Neo4j 3.1 starts with neo4j/neo4j and runs nothing until that password is changed.</summary>
    private static async Task ChangeInitialPasswordAsync(Uri server, string password)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:neo4j")));
        using var body = new StringContent($"{{\"password\":\"{password}\"}}", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/user/neo4j/password", body);
        Assert.True(response.IsSuccessStatusCode, $"password change answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
