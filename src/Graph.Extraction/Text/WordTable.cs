using System.Diagnostics.CodeAnalysis;

namespace Graph.Extraction.Text;

/// <summary>
/// Folded words to values: an open-addressing table keyed by <see cref="WordHash"/>. Asked for a token, it reads
/// the hash the tokenizer stored on the token and compares a word only when the hashes agree, where a general
/// dictionary hashes every character of the word again at every look-up.
/// </summary>
/// <remarks>Filled while a lexicon is built, then only read (by any number of threads).</remarks>
internal sealed class WordTable<TValue>
{
    // One array of entries, not one per field: a probe reads one cache line.
    private Entry[] entries = new Entry[4];

    public WordTable()
    {
    }

    public WordTable(IEnumerable<KeyValuePair<string, TValue>> words)
    {
        foreach (var (word, value) in words)
        {
            Set(word, value);
        }
    }

    public int Count { get; private set; }

    public IEnumerable<(string Word, TValue Value)> Entries
    {
        get
        {
            for (var slot = 0; slot < entries.Length; slot++)
            {
                if (entries[slot].Key is { } key)
                {
                    yield return (key, entries[slot].Value);
                }
            }
        }
    }

    public bool TryGetValue(in Token token, [MaybeNullWhen(false)] out TValue value) => TryGetValue(token.Folded, token.FoldedHash, out value);

    public bool TryGetValue(string word, [MaybeNullWhen(false)] out TValue value) => TryGetValue(word, WordHash.Of(word), out value);

    public bool ContainsKey(string word) => TryGetValue(word, out _);

    public TValue? GetValueOrDefault(string word) => TryGetValue(word, out var value) ? value : default;

    /// <summary>Sets the value of <paramref name="word"/>, adding the word if the table does not hold it.</summary>
    public void Set(string word, TValue value)
    {
        var hash = WordHash.Of(word);
        var slot = Find(word, hash);
        if (entries[slot].Key is null)
        {
            if (2 * (Count + 1) > entries.Length)
            {
                Grow();
                slot = Find(word, hash);
            }
            entries[slot].Key = word;
            entries[slot].Hash = hash;
            Count++;
        }
        entries[slot].Value = value;
    }

    private bool TryGetValue(string word, int hash, [MaybeNullWhen(false)] out TValue value)
    {
        var table = entries;
        var mask = table.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref table[slot];
            if (entry.Key is not { } key)
            {
                value = default;
                return false;
            }
            if (entry.Hash == hash && (ReferenceEquals(key, word) || string.Equals(key, word)))
            {
                value = entry.Value;
                return true;
            }
        }
    }

    /// <summary>The slot holding <paramref name="word"/>, or the empty slot where it belongs.</summary>
    private int Find(string word, int hash)
    {
        var mask = entries.Length - 1;
        var slot = hash & mask;
        while (entries[slot].Key is { } key && !(entries[slot].Hash == hash && string.Equals(key, word)))
        {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void Grow()
    {
        var old = entries;
        entries = new Entry[old.Length * 2];
        foreach (var entry in old)
        {
            if (entry.Key is { } key)
            {
                entries[Find(key, entry.Hash)] = entry;
            }
        }
    }

    private struct Entry
    {
        public string? Key;
        public int Hash;
        public TValue Value;
    }
}
