namespace Graph.Extraction.Text;

/// <summary>
/// A fixed (not randomized) hash of a word. The tokenizer computes it once per distinct folded word and stores it
/// on each <see cref="Token"/>, so that a look-up of a token's word in a <see cref="WordTable{T}"/> hashes nothing;
/// it also places raw tokens in its table of recent forms.
/// </summary>
/// <remarks>
/// Fixed rather than randomized: the keys are the ontology's words, not attacker-chosen, and a token's hash must
/// equal the hash of the same word computed when a table was built.
/// </remarks>
internal static class WordHash
{
    public static int Of(ReadOnlySpan<char> word)
    {
        // FNV-1a over the characters, then a finalizer so that the low bits (the table slot) depend on every character.
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }
        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        return (int)hash;
    }
}
