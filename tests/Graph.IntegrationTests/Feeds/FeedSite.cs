using System.Net;
using System.Net.Sockets;
using System.Text;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests.Feeds;

/// <summary>
/// A local news site for the follower: <c>/feed.xml</c> (RSS 2.0, with an ETag and Last-Modified, answering 304 to a
/// matching conditional GET) and the pages of <c>Fixtures/</c> under <c>/news/</c>; <c>/news/gone.html</c> is a 404.
/// The items listed change with <see cref="List"/>, which also changes the ETag.
/// </summary>
internal sealed class FeedSite : IDisposable
{
    private static readonly string Fixtures = Path.Combine(Neo4jServerFixture.RepositoryRoot(), "tests", "Graph.IntegrationTests", "Feeds", "Fixtures");
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private string[] pages = [];
    private int version;

    public FeedSite()
    {
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
        listener.Prefixes.Add(BaseUrl + "/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl { get; }

    public string FeedUrl => BaseUrl + "/feed.xml";

    public int FeedRequests;

    public int NotModifiedAnswers;

    /// <summary>The pages the feed lists, newest first (file names under /news/).</summary>
    public void List(params string[] names)
    {
        pages = names;
        Interlocked.Increment(ref version);
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                Answer(context);
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (path == "/feed.xml")
        {
            Interlocked.Increment(ref FeedRequests);
            var etag = $"\"v{Volatile.Read(ref version)}\"";
            if (context.Request.Headers["If-None-Match"] == etag)
            {
                Interlocked.Increment(ref NotModifiedAnswers);
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.Headers["ETag"] = etag;
            context.Response.Headers["Last-Modified"] = DateTime.UtcNow.ToString("R");
            Write(context, "application/rss+xml", Feed());
            return;
        }

        var file = Path.Combine(Fixtures, Path.GetFileName(path));
        if (path.StartsWith("/news/", StringComparison.Ordinal) && File.Exists(file) && file.EndsWith(".html", StringComparison.Ordinal))
        {
            Write(context, "text/html; charset=utf-8", File.ReadAllText(file));
            return;
        }

        context.Response.StatusCode = 404;
    }

    private string Feed()
    {
        var items = new StringBuilder();
        var day = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        foreach (var (name, i) in pages.Select((n, i) => (n, i)))
        {
            items.AppendLine($"""
                    <item>
                      <title>{Path.GetFileNameWithoutExtension(name)}</title>
                      <link>{BaseUrl}/news/{name}</link>
                      <guid isPermaLink="false">ledger-{name}</guid>
                      <pubDate>{day.AddHours(-i):R}</pubDate>
                    </item>
                """);
        }

        return File.ReadAllText(Path.Combine(Fixtures, "feed.xml")).Replace("{BASE}", BaseUrl, StringComparison.Ordinal)
            .Replace("{ITEMS}", items.ToString(), StringComparison.Ordinal);
    }

    private static void Write(HttpListenerContext context, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
