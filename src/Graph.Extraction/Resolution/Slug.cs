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
        var folded = TextFolding.Fold(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "unnamed" : slug.Length > 100 ? slug[..100].Trim('-') : slug;
    }
}
