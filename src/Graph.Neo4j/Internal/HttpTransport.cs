using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Graph.Neo4j.Protocol;

namespace Graph.Neo4j.Internal;

/// <summary>
/// The physical connection: one <see cref="HttpClient"/>, basic authentication, a timeout per request, and the
/// classification of transport failures. Connection refused/reset, timeouts and HTTP 5xx become transient
/// <see cref="Neo4jException"/>s; HTTP 401 a non-transient one naming the user. Other statuses are returned
/// for the codecs, because the Query API reports Cypher errors with 4xx and an <c>errors</c> body.
/// </summary>
internal sealed class HttpTransport : IDisposable
{
    private const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly TimeSpan _requestTimeout;
    private readonly string? _user;
    private readonly TimeProvider _time;

    /// <param name="time">The clock a Retry-After given as a date is read against.</param>
    public HttpTransport(Neo4jOptions options, HttpMessageHandler handler, TimeProvider time)
    {
        _time = time;
        // The per-request timeout below replaces HttpClient's so that it can be told apart from cancellation.
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _requestTimeout = options.RequestTimeout;
        _user = options.User;
        if (!string.IsNullOrEmpty(options.User))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            _authorization = new AuthenticationHeaderValue("Basic", token);
        }
    }

    public string? User => _user;

    public static HttpMessageHandler CreateHandler(Neo4jOptions options, Neo4jAddress address)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.ConnectTimeout,
            // Re-resolve DNS now and then: a long-lived singleton must follow a moved server.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        if (address.AcceptAnyCertificate)
        {
            // The user chose +ssc ("self-signed certificate"): the connection is encrypted, the server not verified.
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }

        return handler;
    }

    public async Task<HttpResponse> SendAsync(
        HttpMethod method,
        Uri uri,
        string? jsonBody,
        IReadOnlyDictionary<string, string>? headers,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _authorization;
        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_requestTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw ServerErrors.UnauthorizedException(_user);
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                // The server's authentication rate limit (or a proxy's): back off, at least as long as it asks.
                throw new Neo4jException(
                    "Graph.Neo4j.RateLimited",
                    $"Neo4j answered {method} {uri.AbsolutePath} with HTTP 429 (too many requests).",
                    Neo4jErrorKind.Transient)
                {
                    RetryAfter = RetryAfter(response, _time.GetUtcNow()),
                };
            }

            if ((int)response.StatusCode >= 500 && ServerErrors.TryReadFirstError(body) is null)
            {
                // No Neo4j error in the body: a proxy or a server still starting. One with a Neo4j error goes to the
                // caller, whose decoding lets the server's own code say whether it is transient.
                throw new Neo4jException(
                    $"Graph.Neo4j.Http{(int)response.StatusCode}",
                    $"Neo4j answered {method} {uri.AbsolutePath} with HTTP {(int)response.StatusCode}: {ServerErrors.Truncate(body)}",
                    Neo4jErrorKind.Unreachable);
            }

            var kept = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (response.Headers.TryGetValues(AffinityHeader, out var affinity))
            {
                kept[AffinityHeader] = string.Join(",", affinity);
            }

            return new HttpResponse(response.StatusCode, body, kept);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jException(
                "Graph.Neo4j.Timeout",
                $"Neo4j did not answer {method} {uri.AbsolutePath} within {_requestTimeout.TotalSeconds:0.#} s.",
                Neo4jErrorKind.Unreachable,
                e);
        }
        catch (HttpRequestException e)
        {
            // Refused, reset, DNS failure, TLS failure: the server may be starting or restarting.
            var detail = e.InnerException is SocketException se ? se.SocketErrorCode.ToString() : e.HttpRequestError.ToString();
            throw new Neo4jException(
                "Graph.Neo4j.ConnectionFailed",
                $"Could not reach Neo4j at {uri.GetLeftPart(UriPartial.Authority)} ({detail}): {e.Message}",
                Neo4jErrorKind.Unreachable,
                isTransient: e.HttpRequestError is not HttpRequestError.SecureConnectionError,
                e);
        }
    }

    public void Dispose() => _http.Dispose();

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date > now => date - now,
        _ => null,
    };
}
