using System.Collections.Immutable;
using System.Text.Json;
using Graph.Core.Graph;

namespace Graph.Worker.Benchmarks;

/// <summary>
/// Mapped articles written to a file (JSON lines), so the baseline writes exactly the nodes and relationships our
/// ingest wrote, read back one at a time, without extracting again while it is timed.
/// </summary>
internal static class BatchSpool
{
    public static async Task WriteAsync(string path, IAsyncEnumerable<SpooledBatch> batches, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false);
        await foreach (var batch in batches.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            JsonSerializer.Serialize(file, batch);
            file.WriteByte((byte)'\n');
        }
    }

    public static IEnumerable<SpooledBatch> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var batch = JsonSerializer.Deserialize<SpooledBatch>(line) ?? throw new InvalidDataException($"{path}: empty spool line");
            yield return batch with { Batch = WithPlainValues(batch.Batch) };
        }
    }

    // Qualifier values come back as JsonElement; the Neo4j parameter writer takes plain values.
    private static GraphBatch WithPlainValues(GraphBatch batch) => batch with
    {
        Facts = [.. batch.Facts.Select(f => f with
        {
            Properties = f.Properties.ToImmutableSortedDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal),
        })],
    };

    private static object Plain(object value) => value is JsonElement e ? PlainElement(e) ?? "" : value;

    private static object? PlainElement(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number when e.TryGetInt64(out var n) => n,
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(PlainElement).ToList(),
        _ => null,
    };
}

/// <param name="Facts">Facts counted for this article by our ingest, so both sides report the same facts/s basis.</param>
internal sealed record SpooledBatch(GraphBatch Batch, int Facts);
