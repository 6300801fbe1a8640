using System.Text.Json;

namespace Graph.Neo4j.Protocol;

/// <summary>Turns result JSON into plain .NET values: integers become long, other numbers double.</summary>
internal static class JsonValues
{
    public static object? ToObject(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        // The cast keeps integers as long: without it the conditional would widen them to double.
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToObject).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToObject(p.Value), StringComparer.Ordinal),
        _ => throw new InvalidOperationException($"Unexpected JSON value kind {element.ValueKind}."),
    };

    /// <summary>Reads an <c>errors</c> array; missing or empty gives no errors.</summary>
    public static IReadOnlyList<ServerError> ReadErrors(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return errors.EnumerateArray()
            .Select(e => new ServerError(
                e.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "",
                e.TryGetProperty("message", out var m) ? m.GetString() ?? "" : ""))
            .ToList();
    }

    /// <summary>Reads a <c>notifications</c> array; missing or empty gives none.</summary>
    public static IReadOnlyList<ServerNotification> ReadNotifications(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("notifications", out var notifications)
            || notifications.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return notifications.EnumerateArray()
            .Where(n => n.ValueKind == JsonValueKind.Object)
            .Select(n => new ServerNotification(Text(n, "code"), Text(n, "severity"), Text(n, "title"), Text(n, "description")))
            .ToList();
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    public static IReadOnlyDictionary<string, object?> Row(IReadOnlyList<string> columns, JsonElement values)
    {
        var row = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
        var i = 0;
        foreach (var value in values.EnumerateArray())
        {
            if (i >= columns.Count)
            {
                throw new Neo4jException("Graph.Neo4j.Protocol", "A result row has more values than columns.", Neo4jErrorKind.Protocol);
            }

            row[columns[i++]] = ToObject(value);
        }

        return row;
    }
}
