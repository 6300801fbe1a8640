using System.Globalization;
using System.Text;

namespace Graph.Extraction.Text;

/// <summary>
/// Folds text for matching: lower case, no accents, one apostrophe. "Andreï" and "Andrei", "Corée" and "Coree"
/// fold alike, which makes aliases insensitive to the accents and typography of the source.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            switch (c)
            {
                case '’' or '‘' or '`' or '´' or 'ʼ':
                    builder.Append('\'');
                    break;
                case 'œ' or 'Œ':
                    builder.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    break;
                case 'ß':
                    builder.Append("ss");
                    break;
                case 'ı':
                    builder.Append('i');
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }
        return builder.ToString();
    }
}
