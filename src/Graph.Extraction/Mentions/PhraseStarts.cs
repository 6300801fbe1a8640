using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// The first words of a set of phrases, keyed as <see cref="Lexicon.PhraseMatcher{T}"/> keys them: a word not
/// in here starts none of the phrases, so a trie walk from it is bound to find nothing.
/// </summary>
internal sealed class PhraseStarts
{
    private readonly HashSet<string> words = new(StringComparer.Ordinal);

    // One-word phrases ending in '*' ("troupe*"): any word starting with the prefix starts them.
    private readonly List<string> prefixes = [];

    public void Add(string phrase)
    {
        var trimmed = phrase.Trim();
        var isPrefix = trimmed.EndsWith('*');
        var key = PhraseKey.Of(isPrefix ? trimmed[..^1] : trimmed).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (key.Length == 0)
        {
            return;
        }
        if (isPrefix && key.Length == 1)
        {
            prefixes.Add(key[0]);
        }
        else
        {
            words.Add(key[0]);
        }
    }

    public void AddWord(string folded) => words.Add(folded);

    public bool MayStart(string folded)
    {
        if (words.Contains(folded))
        {
            return true;
        }
        foreach (var prefix in prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
