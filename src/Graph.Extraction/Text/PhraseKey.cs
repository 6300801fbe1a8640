using System.Text;

namespace Graph.Extraction.Text;

/// <summary>
/// The matching key of a phrase: its folded words joined by single spaces, joiners dropped, so that
/// "Kim Jong-un" and "Kim Jong Un" share one key.
/// </summary>
internal static class PhraseKey
{
    public static string Of(string phrase) => Of(Tokenizer.Tokenize(phrase));

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
