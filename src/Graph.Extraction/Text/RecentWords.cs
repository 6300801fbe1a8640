namespace Graph.Extraction.Text;

/// <summary>
/// What one thread last computed for the folded words of the tokens it read, in slots chosen by the hash the
/// tokenizer stored on each token: a frequent word is answered by one reference comparison (the tokenizer shares
/// one instance per frequent word), another by a string comparison, instead of a table's look-up and whatever else
/// the value costs. A fixed number of slots: bounded, whatever the thread reads.
/// </summary>
/// <remarks>
/// One instance per thread and per <see cref="Owner"/> (kept in a <c>[ThreadStatic]</c> field by the owner): a slot's
/// word and value are written one after the other, which only one thread may do. Values must be pure functions of
/// the word, so that a slot is never stale.
/// </remarks>
internal sealed class RecentWords<TValue>(object owner)
{
    private const int Slots = 8192;
    private readonly string?[] words = new string?[Slots];
    private readonly TValue[] values = new TValue[Slots];

    public object Owner { get; } = owner;

    /// <summary>This thread's recent words of <paramref name="owner"/>: those in <paramref name="slot"/>, or new ones put there.</summary>
    public static RecentWords<TValue> Of(ref RecentWords<TValue>? slot, object owner) =>
        slot is { } known && known.Owner == owner ? known : slot = new RecentWords<TValue>(owner);

    public TValue Of(in Token token, Func<string, TValue> compute)
    {
        var folded = token.Folded;
        var slot = token.FoldedHash & (Slots - 1);
        if (words[slot] is { } word && (ReferenceEquals(word, folded) || string.Equals(word, folded)))
        {
            return values[slot];
        }
        var value = compute(folded);
        words[slot] = folded;
        values[slot] = value;
        return value;
    }
}
