using System.Buffers;
using System.Collections.Immutable;

namespace Graph.Extraction.Text;

/// <summary>
/// A growable list over <see cref="ArrayPool{T}"/> arrays, turned into an immutable array of the exact size at the
/// end: per-article lists (tokens, sentences) then cost one allocation instead of a builder doubling its way up.
/// </summary>
/// <remarks>A mutable struct: pass it by <c>ref</c>, and call <see cref="ToImmutableAndReturn"/> exactly once.</remarks>
internal struct PooledBuffer<T>(int capacity)
{
    private T[] items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (Count == items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, Count).CopyTo(larger);
            Release(items, Count);
            items = larger;
        }
        items[Count++] = item;
    }

    public ImmutableArray<T> ToImmutableAndReturn()
    {
        var result = ImmutableArray.Create(items.AsSpan(0, Count));
        Release(items, Count);
        items = [];
        Count = 0;
        return result;
    }

    // Only the used part holds references; clearing it keeps the pool from holding on to an article's objects.
    private static void Release(T[] array, int used)
    {
        array.AsSpan(0, used).Clear();
        ArrayPool<T>.Shared.Return(array);
    }
}
