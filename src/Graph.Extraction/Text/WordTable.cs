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
    private string?[] keys = new string?[4];
    private int[] hashes = new int[4];
    private TValue[] values = new TValue[4];

    public int Count { get; private set; }

    public IEnumerable<(string Word, TValue Value)> Entries
    {
        get
        {
            for (var slot = 0; slot < keys.Length; slot++)
            {
                if (keys[slot] is { } key)
                {
                    yield return (key, values[slot]);
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
        if (keys[slot] is null)
        {
            if (2 * (Count + 1) > keys.Length)
            {
                Grow();
                slot = Find(word, hash);
            }
            keys[slot] = word;
            hashes[slot] = hash;
            Count++;
        }
        values[slot] = value;
    }

    private bool TryGetValue(string word, int hash, [MaybeNullWhen(false)] out TValue value)
    {
        var mask = keys.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var key = keys[slot];
            if (key is null)
            {
                value = default;
                return false;
            }
            if (hashes[slot] == hash && (ReferenceEquals(key, word) || string.Equals(key, word)))
            {
                value = values[slot];
                return true;
            }
        }
    }

    /// <summary>The slot holding <paramref name="word"/>, or the empty slot where it belongs.</summary>
    private int Find(string word, int hash)
    {
        var mask = keys.Length - 1;
        var slot = hash & mask;
        while (keys[slot] is { } key && !(hashes[slot] == hash && string.Equals(key, word)))
        {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void Grow()
    {
        var (oldKeys, oldHashes, oldValues) = (keys, hashes, values);
        keys = new string?[oldKeys.Length * 2];
        hashes = new int[keys.Length];
        values = new TValue[keys.Length];
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] is { } key)
            {
                var slot = Find(key, oldHashes[i]);
                keys[slot] = key;
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
