namespace Graph.Extraction.Text;

/// <summary>
/// The first characters of a list of words, for a test that turns most other words away before any look-up: one bit
/// per character below 128, one flag for all the others (which then may start a word of the list).
/// </summary>
internal struct FirstCharacters
{
    private ulong below64;
    private ulong from64;
    private bool anyAbove127;

    public FirstCharacters(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            Add(word);
        }
    }

    public void Add(string word)
    {
        if (word.Length == 0)
        {
            return;
        }
        var first = word[0];
        if (first < 64)
        {
            below64 |= 1UL << first;
        }
        else if (first < 128)
        {
            from64 |= 1UL << (first - 64);
        }
        else
        {
            anyAbove127 = true;
        }
    }

    public readonly bool MayStart(char first) =>
        first < 64 ? (below64 & (1UL << first)) != 0 : first < 128 ? (from64 & (1UL << (first - 64))) != 0 : anyAbove127;
}
