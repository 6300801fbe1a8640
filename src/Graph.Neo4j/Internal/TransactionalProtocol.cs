using Graph.Neo4j.Protocol;

namespace Graph.Neo4j.Internal;

/// <summary>
/// The transactional endpoint: every call is one POST to <c>{transaction}/commit</c>, which begins, runs all
/// statements and commits in one request; on any error the server rolls the whole request back.
/// </summary>
internal sealed class TransactionalProtocol(HttpTransport transport, Uri transactionEndpoint, NotificationLog notifications) : ICypherProtocol
{
    private readonly Uri _commit = new(transactionEndpoint.AbsoluteUri.TrimEnd('/') + "/commit");

    public async Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(
        IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var body = TransactionalCodec.EncodeRequest(statements);
        var response = await transport.SendAsync(HttpMethod.Post, _commit, body, null, cancellationToken).ConfigureAwait(false);
        ServerErrors.ThrowIfFailed(HttpMethod.Post, _commit, response.Status, response.Body, transport.User);
        var decoded = TransactionalCodec.DecodeResponse(response.Body, transport.User);
        notifications.Report(decoded.Notifications);
        return decoded.Results;
    }
}
