using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Extraction.Loading;

/// <summary>
/// Article ids: a readable slug, two hyphens and a short hash of what identifies the source, so two sources never
/// share an id and an edited source keeps its own. What identifies a source is its absolute http(s) URL when it has
/// one (JSON <c>url</c>, HTML canonical link), otherwise its path relative to the folder it was read from (the
/// folder given to <c>graph ingest</c>/<c>extract</c>, or the inbox of <c>graph run</c>).
/// </summary>
/// <remarks>
/// "x/news.txt" gives "x-news--" + 10 hex digits of SHA-256("x/news.txt"); "report 1.txt" and "Report-1.txt" share
/// the slug "report-1" but not the hash. A slug never holds two hyphens in a row, so "--" sets these ids apart from
/// the ones made before (the bare slug of the file name), which is what the migration looks for.
/// </remarks>
public static class ArticleId
{
    /// <summary>Hex digits of the hash: 40 bits, so that two of a million sources share an id with odds under 1 in 2,000,000.</summary>
    public const int HashDigits = 10;

    /// <summary>Separates the slug from the hash; slugs never contain it.</summary>
    public const string Separator = "--";

    private const int MaxSlugLength = 60;

    /// <summary>The id of an article read from <paramref name="relativePath"/> (relative to its root), or from <paramref name="url"/> when that is an absolute http(s) URL.</summary>
    public static string For(string relativePath, string? url) =>
        IdentifyingUrl(url) is { } identity ? FromUrl(identity) : FromRelativePath(relativePath);

    /// <summary>"Kim à Moscou (2).txt" gives "kim-a-moscou-2--" and the hash of that exact path ('/' between folders).</summary>
    public static string FromRelativePath(string relativePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        var normalised = relativePath.Replace('\\', '/');
        var directory = Path.GetDirectoryName(normalised)?.Replace('\\', '/');
        var stem = Path.GetFileNameWithoutExtension(normalised);
        var readable = string.IsNullOrEmpty(directory) ? stem : directory + "/" + stem;
        return Compose(Slug(readable, keepEnd: true), normalised);
    }

    /// <summary>"https://example.org/world/treaty-signed.html" gives "example-org-world-treaty-signed-html--" and the hash of the URL.</summary>
    public static string FromUrl(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        var readable = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host + uri.AbsolutePath : url;
        return Compose(Slug(readable.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? readable[4..] : readable, keepEnd: true), url);
    }

    /// <summary>Whether <paramref name="id"/> has the shape of the ids made here (slug, "--", hash), unlike the bare slugs made before.</summary>
    public static bool IsCurrent(string id)
    {
        var separator = id.LastIndexOf(Separator, StringComparison.Ordinal);
        return separator >= 0 && id.Length - separator - Separator.Length == HashDigits
            && !id.AsSpan(separator + Separator.Length).ContainsAnyExcept("0123456789abcdef");
    }

    /// <summary>The id the earlier versions gave a file: the bare slug of its name, or "article-" and the content hash when the slug was empty.</summary>
    public static string Legacy(string fileName, string sha256)
    {
        var slug = Slug(Path.GetFileNameWithoutExtension(fileName), keepEnd: false, maxLength: int.MaxValue);
        return slug.Length > 0 ? slug : "article-" + sha256[..12];
    }

    /// <summary>The URL trimmed, when it is absolute http(s); a relative canonical link identifies nothing.</summary>
    internal static string? IdentifyingUrl(string? url)
    {
        var trimmed = url?.Trim();
        return !string.IsNullOrEmpty(trimmed) && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? trimmed
            : null;
    }

    private static string Compose(string slug, string identity)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..HashDigits];
        return (slug.Length > 0 ? slug : "article") + Separator + hash;
    }

    /// <summary>Lowercase ASCII letters, digits and single hyphens; accents dropped, everything else a hyphen.</summary>
    private static string Slug(string text, bool keepEnd, int maxLength = MaxSlugLength)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
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

        var result = slug.ToString().Trim('-');
        if (result.Length > maxLength)
        {
            // The end of a path or URL (the file or page name) says more than its start.
            result = (keepEnd ? result[^maxLength..] : result[..maxLength]).Trim('-');
        }

        return result;
    }
}
