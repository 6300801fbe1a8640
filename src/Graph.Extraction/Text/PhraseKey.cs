using System.Text;

namespace Graph.Extraction.Text;

/// <summary>
/// The matching key of a phrase: its folded words joined by single spaces, joiners dropped, so that
/// "Kim Jong-un" and "Kim Jong Un" share one key.
/// </summary>
internal static class PhraseKey
{
    /// <remarks>
    /// Resolution asks for the key of every name of every entity in every article, and the names recur (ontology
    /// aliases, frequent people): keys are cached, up to a bound so that a worker reading endless new names does
    /// not grow without limit.
    /// </remarks>
    public static string Of(string phrase)
    {
        if (Cached.TryGetValue(phrase, out var key))
        {
            return key;
        }
        return Cached.Add(phrase, Of(ElidedEnd(phrase) ? Tokenizer.Tokenize(phrase + "x").SkipLast(1) : Tokenizer.Tokenize(phrase)));
    }

    /// <summary>
    /// "menace d'", "en compagnie d'": a phrase of the ontology may end with an elided word, which in running text
    /// is always followed by the next word; tokenized alone its apostrophe would be punctuation.
    /// </summary>
    private static bool ElidedEnd(string phrase) =>
        phrase.Length >= 2 && phrase[^1] is '\'' or '’' && char.IsLetter(phrase[^2]);

    private const int MaxCached = 50_000;
    private static readonly BoundedCache<string> Cached = new(MaxCached);

    public static string Of(IEnumerable<Token> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Joiner)
            {
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(token.Folded);
        }
        return builder.ToString();
    }

    /// <summary>Number of tokens (joiners excluded) in a phrase key.</summary>
    public static int Length(string key) => key.Length == 0 ? 0 : key.Count(c => c == ' ') + 1;
}
