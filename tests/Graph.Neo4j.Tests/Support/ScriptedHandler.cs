using System.Net;
using System.Text;

namespace Graph.Neo4j.Tests.Support;

/// <summary>An HTTP handler that answers from a script and records what was asked.</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Func<RecordedRequest, HttpResponseMessage> _answer;

    public ScriptedHandler(Func<RecordedRequest, HttpResponseMessage> answer) => _answer = answer;

    public List<RecordedRequest> Requests { get; } = [];

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            body,
            request.Headers.Authorization?.ToString(),
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase));
        Requests.Add(recorded);
        return _answer(recorded);
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, string? Authorization, Dictionary<string, string> Headers)
{
    public string Path => Uri.AbsolutePath;
}
