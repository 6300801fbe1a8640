using System.Text;
using System.Text.Json;

namespace Graph.Neo4j.Protocol;

/// <summary>
/// Request and response shapes of the transactional Cypher endpoint (3.x <c>/db/data/transaction/commit</c>,
/// 4.x–5.x <c>/db/{db}/tx/commit</c>):
/// <c>{"statements":[{"statement","parameters","resultDataContents":["row"]}]}</c> →
/// <c>{"results":[{"columns":[..],"data":[{"row":[..]}]}],"errors":[{"code","message"}]}</c>.
/// A request whose response carries errors has been rolled back by the server.
/// </summary>
internal static class TransactionalCodec
{
    public static string EncodeRequest(IReadOnlyList<CypherStatement> statements)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("statement", statement.Text);
                writer.WritePropertyName("parameters");
                ParameterJsonWriter.WriteMap(writer, statement.Parameters);
                writer.WriteStartArray("resultDataContents");
                writer.WriteStringValue("row");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Decodes the results and notifications, or throws the first server error as a <see cref="Neo4jException"/>.</summary>
    public static TransactionalResponse DecodeResponse(string json, string? user)
    {
        using var document = Parse(json);
        var root = document.RootElement;
        var errors = JsonValues.ReadErrors(root);
        if (errors.Count > 0)
        {
            throw ServerErrors.ToException(errors[0], user);
        }

        if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw new Neo4jException("Graph.Neo4j.Protocol", "The transactional endpoint answered without a 'results' array.", Neo4jErrorKind.Protocol);
        }

        var decoded = new List<CypherResult>();
        foreach (var result in results.EnumerateArray())
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? "").ToList();
            var rows = new List<IReadOnlyDictionary<string, object?>>();
            if (result.TryGetProperty("data", out var data))
            {
                foreach (var item in data.EnumerateArray())
                {
                    rows.Add(JsonValues.Row(columns, item.GetProperty("row")));
                }
            }

            decoded.Add(new CypherResult(columns, rows));
        }

        return new TransactionalResponse(decoded, JsonValues.ReadNotifications(root));
    }

    internal static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new Neo4jException("Graph.Neo4j.Protocol", $"Neo4j answered with invalid JSON: {e.Message}", Neo4jErrorKind.Protocol, e);
        }
    }
}

/// <summary>One result per statement, and the notifications the server attached to the request.</summary>
internal sealed record TransactionalResponse(IReadOnlyList<CypherResult> Results, IReadOnlyList<ServerNotification> Notifications);
