using System.Text;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Ids for entities the ontology does not know: the folded name as a slug, so "Andreï Belousov" and
/// "Andrei Belousov", "Choe Son Hui" and "Choe Son-hui" get one id across articles.
/// </summary>
internal static class Slug
{
    public static string Of(string name)
    {
        // An ASCII name folds character by character to lower case, which the loop does as it goes: only other
        // names are folded into a new string first.
        var folded = Ascii.IsValid(name) ? name : TextFolding.Fold(name);
        // Built in a stack buffer: a slug is made for every mention of a new name.
        var buffer = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        var length = 0;
        foreach (var original in folded)
        {
            var c = char.IsAsciiLetterUpper(original) ? (char)(original | 0x20) : original;
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = c;
            }
            else if (length > 0 && buffer[length - 1] != '-')
            {
                buffer[length++] = '-';
            }
        }
        var slug = buffer[..length].TrimEnd('-');
        return slug.Length == 0 ? "unnamed" : slug.Length > 100 ? new string(slug[..100].Trim('-')) : new string(slug);
    }
}
