using System.Globalization;
using System.Text;

namespace Graph.Extraction.Loading;

/// <summary>Article ids: a slug of the file name stem, so re-ingesting the same file replaces the same article.</summary>
internal static class ArticleId
{
    /// <summary>Lowercase ASCII letters, digits and single hyphens: "Kim à Moscou (2).txt" gives "kim-a-moscou-2".</summary>
    internal static string FromFileName(string fileName, string sha256)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // the accent of a decomposed letter
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(lower);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var id = slug.ToString().TrimEnd('-');

        // A stem with no Latin letter or digit (e.g. Cyrillic) still needs a stable, unique id.
        return id.Length > 0 ? id : "article-" + sha256[..12];
    }
}
