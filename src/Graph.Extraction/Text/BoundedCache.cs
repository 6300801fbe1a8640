using System.Collections.Concurrent;

namespace Graph.Extraction.Text;

/// <summary>
/// A thread-safe string-keyed cache that stops adding at <paramref name="capacity"/> entries, so a worker reading
/// endless new names does not grow without limit. Entries are never evicted.
/// </summary>
internal sealed class BoundedCache<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> entries = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the table: on the hot path the entries are counted here instead.
    private int count;

    public bool TryGetValue(string key, out TValue value) => entries.TryGetValue(key, out value!);

    /// <summary>Keeps <paramref name="value"/> while there is room, and returns it.</summary>
    public TValue Add(string key, TValue value)
    {
        if (Volatile.Read(ref count) < capacity && entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref count);
        }
        return value;
    }
}
