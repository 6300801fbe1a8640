using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Graph.Neo4j.Protocol;

/// <summary>
/// Writes Cypher parameter values as JSON. Hand-written rather than reflection-serialised so that the value types
/// Neo4j can store are explicit, a double stays a double on the server (<c>2.0</c>, not <c>2</c>), and an
/// unsupported value fails here with its type named instead of as an obscure server error.
/// </summary>
internal static class ParameterJsonWriter
{
    public static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in parameters)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short or byte or sbyte or uint or ushort:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                WriteFloat(writer, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTime dt:
                writer.WriteStringValue(dt.ToString("O", CultureInfo.InvariantCulture));
                break;
            case ImmutableArray<string> { IsDefault: true }:
                writer.WriteStartArray();
                writer.WriteEndArray();
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map);
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(entry.Key as string
                        ?? throw new ArgumentException($"Cypher map keys must be strings, got {entry.Key.GetType().Name}."));
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException(
                    $"A Cypher parameter cannot hold a {value.GetType().FullName}; use string, bool, a number, a list or a map.");
        }
    }

    private static void WriteFloat(Utf8JsonWriter writer, double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            throw new ArgumentException($"A Cypher parameter cannot be {d} over JSON.");
        }

        // "R" round-trips; add ".0" to integral values so the server parses a float, not an integer.
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
        {
            text += ".0";
        }

        writer.WriteRawValue(text);
    }
}
