using System.Text;
using System.Text.Json;

namespace Graph.Neo4j.Protocol;

/// <summary>
/// Request and response shapes of the Query API v2 (<c>/db/{db}/query/v2</c>, explicit transactions under
/// <c>/tx</c>): <c>{"statement","parameters"}</c> → <c>{"data":{"fields":[..],"values":[[..]]},
/// "transaction":{"id","expires"}}</c> or <c>{"errors":[{"code","message"}]}</c>. Plain <c>application/json</c>
/// is requested, so values come untyped.
/// </summary>
internal static class QueryApiCodec
{
    public static string EncodeRequest(CypherStatement statement)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            ParameterJsonWriter.WriteMap(writer, statement.Parameters);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Decodes one statement's result, or throws the first server error.</summary>
    public static CypherResult DecodeResult(string json, string? user) => Decode(json, user).Result;

    /// <summary>Decodes a result with the transaction id (when one was opened) and the server's notifications.</summary>
    public static QueryApiResponse Decode(string json, string? user)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new QueryApiResponse(CypherResult.Empty, null, []);
        }

        using var document = TransactionalCodec.Parse(json);
        var root = document.RootElement;
        var errors = JsonValues.ReadErrors(root);
        if (errors.Count > 0)
        {
            throw ServerErrors.ToException(errors[0], user);
        }

        string? transactionId = null;
        if (root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id))
        {
            transactionId = id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();
        }

        var notifications = JsonValues.ReadNotifications(root);
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return new QueryApiResponse(CypherResult.Empty, transactionId, notifications);
        }

        var columns = data.TryGetProperty("fields", out var fields)
            ? fields.EnumerateArray().Select(f => f.GetString() ?? "").ToList()
            : [];
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        if (data.TryGetProperty("values", out var values))
        {
            foreach (var row in values.EnumerateArray())
            {
                rows.Add(JsonValues.Row(columns, row));
            }
        }

        return new QueryApiResponse(new CypherResult(columns, rows), transactionId, notifications);
    }
}

/// <summary>One statement's result, the id of the transaction it opened (if any), and the server's notifications.</summary>
internal sealed record QueryApiResponse(CypherResult Result, string? TransactionId, IReadOnlyList<ServerNotification> Notifications);
