using Graph.Neo4j.Protocol;

namespace Graph.Neo4j.Internal;

/// <summary>
/// The Query API v2. One statement runs as an implicit transaction (POST <c>/query/v2</c>); several run in an
/// explicit one: POST <c>/tx</c> with the first statement, POST <c>/tx/{id}</c> for each next, POST
/// <c>/tx/{id}/commit</c>. On failure the transaction is rolled back (DELETE <c>/tx/{id}</c>) before the error
/// propagates. The cluster-affinity header from the first answer is echoed so every request reaches the same member.
/// Explicit transactions exist from 5.26 and are not routed on self-managed clusters: where the server has none
/// (<see cref="Neo4jServerInfo.ExplicitTransactions"/>), several statements are refused rather than run apart.
/// </summary>
internal sealed class QueryApiProtocol(HttpTransport transport, Neo4jServerInfo server, NotificationLog notifications) : ICypherProtocol
{
    private readonly string _root = server.Endpoint.AbsoluteUri.TrimEnd('/');

    public async Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(
        IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return [];
        }

        if (statements.Count == 1)
        {
            var single = await SendAsync(new Uri(_root), statements[0], null, cancellationToken).ConfigureAwait(false);
            return [single.Result];
        }

        if (!server.ExplicitTransactions)
        {
            throw new Neo4jException(
                "Graph.Neo4j.Unsupported",
                $"Neo4j {server.Version} offers only the Query API here, which cannot run a write of several statements " +
                "as one transaction: Query API transactions need Neo4j 5.26 or later, on Aura or a single instance " +
                "(Neo4j:Cluster false). Point Neo4j:Uri at a server with the HTTP API (/db/{db}/tx).",
                Neo4jErrorKind.Protocol);
        }

        var beginUri = new Uri(_root + "/tx");
        var (first, headers) = await SendWithHeadersAsync(beginUri, statements[0], null, cancellationToken).ConfigureAwait(false);
        if (first.TransactionId is null)
        {
            throw new Neo4jException("Graph.Neo4j.Protocol", "The Query API opened a transaction without returning its id.", Neo4jErrorKind.Protocol);
        }

        var transactionUri = _root + "/tx/" + Uri.EscapeDataString(first.TransactionId);
        var results = new List<CypherResult> { first.Result };
        try
        {
            for (var i = 1; i < statements.Count; i++)
            {
                var next = await SendAsync(new Uri(transactionUri), statements[i], headers, cancellationToken).ConfigureAwait(false);
                results.Add(next.Result);
            }

            var commitUri = new Uri(transactionUri + "/commit");
            var commit = await transport.SendAsync(HttpMethod.Post, commitUri, null, headers, cancellationToken).ConfigureAwait(false);
            ServerErrors.ThrowIfFailed(HttpMethod.Post, commitUri, commit.Status, commit.Body, transport.User);
            notifications.Report(QueryApiCodec.Decode(commit.Body, transport.User).Notifications);
            return results;
        }
        catch
        {
            await RollbackAsync(transactionUri, headers).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<QueryApiResponse> SendAsync(
        Uri uri, CypherStatement statement, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken) =>
        (await SendWithHeadersAsync(uri, statement, headers, cancellationToken).ConfigureAwait(false)).Response;

    private async Task<(QueryApiResponse Response, IReadOnlyDictionary<string, string> Headers)> SendWithHeadersAsync(
        Uri uri, CypherStatement statement, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(HttpMethod.Post, uri, QueryApiCodec.EncodeRequest(statement), headers, cancellationToken).ConfigureAwait(false);
        ServerErrors.ThrowIfFailed(HttpMethod.Post, uri, response.Status, response.Body, transport.User);
        var decoded = QueryApiCodec.Decode(response.Body, transport.User);
        notifications.Report(decoded.Notifications);
        return (decoded, response.Headers);
    }

    // Best effort: the server also rolls back on error and on idle timeout; a failed rollback must not hide the cause.
    private async Task RollbackAsync(string transactionUri, IReadOnlyDictionary<string, string> headers)
    {
        try
        {
            await transport.SendAsync(HttpMethod.Delete, new Uri(transactionUri), null, headers, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
        }
    }
}
