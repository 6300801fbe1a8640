using Graph.Neo4j.Protocol;

namespace Graph.Neo4j.Internal;

/// <summary>
/// The Query API v2. One statement runs as an implicit transaction (POST <c>/query/v2</c>); several run in an
/// explicit one: POST <c>/tx</c> with the first statement, POST <c>/tx/{id}</c> for each next, POST
/// <c>/tx/{id}/commit</c>. On failure the transaction is rolled back (DELETE <c>/tx/{id}</c>) before the error
/// propagates. The cluster-affinity header from the first answer is echoed so every request reaches the same member.
/// </summary>
internal sealed class QueryApiProtocol(HttpTransport transport, Uri queryEndpoint) : ICypherProtocol
{
    private readonly string _root = queryEndpoint.AbsoluteUri.TrimEnd('/');

    public async Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(
        IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return [];
        }

        if (statements.Count == 1)
        {
            var single = await transport.SendAsync(
                HttpMethod.Post, new Uri(_root), QueryApiCodec.EncodeRequest(statements[0]), null, cancellationToken).ConfigureAwait(false);
            return [QueryApiCodec.DecodeResult(single.Body, transport.User)];
        }

        var begin = await transport.SendAsync(
            HttpMethod.Post, new Uri(_root + "/tx"), QueryApiCodec.EncodeRequest(statements[0]), null, cancellationToken).ConfigureAwait(false);
        var (first, transactionId) = QueryApiCodec.Decode(begin.Body, transport.User);
        if (transactionId is null)
        {
            throw new Neo4jException("Graph.Neo4j.Protocol", "The Query API opened a transaction without returning its id.", isTransient: false);
        }

        var headers = begin.Headers;
        var transactionUri = _root + "/tx/" + Uri.EscapeDataString(transactionId);
        var results = new List<CypherResult> { first };
        try
        {
            for (var i = 1; i < statements.Count; i++)
            {
                var response = await transport.SendAsync(
                    HttpMethod.Post, new Uri(transactionUri), QueryApiCodec.EncodeRequest(statements[i]), headers, cancellationToken).ConfigureAwait(false);
                results.Add(QueryApiCodec.DecodeResult(response.Body, transport.User));
            }

            var commit = await transport.SendAsync(
                HttpMethod.Post, new Uri(transactionUri + "/commit"), null, headers, cancellationToken).ConfigureAwait(false);
            QueryApiCodec.DecodeResult(commit.Body, transport.User);
            return results;
        }
        catch
        {
            await RollbackAsync(transactionUri, headers).ConfigureAwait(false);
            throw;
        }
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
