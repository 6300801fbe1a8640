using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Graph.Extraction.Text;

/// <summary>
/// Folds text for matching: lower case, no accents, one apostrophe. "Andreï" and "Andrei", "Corée" and "Coree"
/// fold alike, which makes aliases insensitive to the accents and typography of the source.
/// </summary>
/// <remarks>
/// Every token of every article is folded, so the common cases stay cheap: a lowercase ASCII word is returned
/// as it is, and each other character's fold is computed once and cached.
/// </remarks>
public static class TextFolding
{
    private static readonly ConcurrentDictionary<char, string> Folds = new();

    public static string Fold(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] < 128 && !char.IsAsciiLetterUpper(text[i]) && text[i] != '`')
        {
            i++;
        }
        if (i == text.Length)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                builder.Append(c == '`' ? '\'' : char.ToLowerInvariant(c));
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(Folds.GetOrAdd(c, FoldChar));
            }
        }
        return builder.ToString();
    }

    private static string FoldChar(char c)
    {
        switch (c)
        {
            case '’' or '‘' or '´' or 'ʼ':
                return "'";
            case 'œ' or 'Œ':
                return "oe";
            case 'æ' or 'Æ':
                return "ae";
            case 'ß':
                return "ss";
            case 'ı':
                return "i";
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(part));
            }
        }
        return builder.ToString();
    }
}
