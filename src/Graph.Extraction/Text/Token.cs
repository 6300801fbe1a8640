namespace Graph.Extraction.Text;

internal enum TokenKind
{
    Word,
    Number,
    Punctuation,

    /// <summary>A hyphen inside a compound ("Jong-un"): transparent when matching names.</summary>
    Joiner,
}

/// <summary>
/// A token of the article text; <see cref="Folded"/> is the form used for matching, <see cref="FoldedHash"/> its
/// <see cref="WordHash"/>, computed once per distinct word by the tokenizer for every <see cref="WordTable{T}"/> look-up.
/// </summary>
/// <remarks>
/// Articles hold millions of tokens, so a token keeps only what cannot be derived cheaply: its end follows from its
/// start and text (exactly the article's characters), which keeps the struct at 32 bytes.
/// </remarks>
internal readonly record struct Token(int Start, string Text, string Folded, TokenKind Kind, int FoldedHash)
{
    public int End => Start + Text.Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsAllCaps => Kind == TokenKind.Word && Text.Length > 1 && !HasLowerLetter(Text);

    public bool Is(string folded) => Folded == folded;

    private static bool HasLowerLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }
}
