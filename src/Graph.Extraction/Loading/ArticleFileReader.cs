using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using Graph.Core.Articles;
using Graph.Extraction.Text;
using Microsoft.Win32.SafeHandles;

namespace Graph.Extraction.Loading;

/// <summary>
/// Reads one article file (.txt, .md, .html/.htm, .json) into an <see cref="Article"/>. Never throws for a bad
/// file: every problem becomes <see cref="ArticleLoadResult.Failed"/> with a message naming the file and the fix.
/// </summary>
public static class ArticleFileReader
{
    /// <summary>Largest file accepted (10 MB): a news article is a few kilobytes, a larger file is a mistake.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Extensions this reader understands, lowercase with the dot.</summary>
    public static readonly FrozenSet<string> SupportedExtensions =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ".txt", ".md", ".markdown", ".html", ".htm", ".json");

    public static ArticleLoadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path);
        try
        {
            return ArticleLoadResult.Loaded(path, ReadArticle(path, fileName));
        }
        catch (ArticleReadException ex)
        {
            return ArticleLoadResult.Failed(path, $"'{fileName}' {ex.Message}.");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return ArticleLoadResult.Failed(path, $"'{fileName}' was not found (it may have been moved or deleted while being read): {path}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ArticleLoadResult.Failed(path, $"'{fileName}' could not be read: {ex.Message} Check that the file exists and is readable.");
        }
    }

    private static Article ReadArticle(string path, string fileName)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!SupportedExtensions.Contains(extension))
        {
            throw new ArticleReadException(
                $"has an unsupported extension '{extension}'; use one of {string.Join(", ", SupportedExtensions.Order(StringComparer.Ordinal))}");
        }

        var bytes = ReadBounded(path);
        if (bytes.Length == 0)
        {
            throw new ArticleReadException("is empty");
        }

        var parsed = extension == ".json" && StrictTextDecoder.TryGetValidUtf8(bytes, out var utf8)
            ? ParseJson(utf8)
            : ParseText(extension, StrictTextDecoder.Decode(bytes));

        var text = BoilerplateRemover.Clean(parsed.Body);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleReadException("has no article text left after removing markup and page furniture");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // HTML without a <title> keeps no title: its first block is as likely a menu as a headline.
        var title = NonEmpty(parsed.Title) ?? (extension is ".html" or ".htm" ? null : TitleHeuristic.FirstLine(text));

        // The date is looked for in the body before cleaning: timestamp lines are furniture but still carry it,
        // and they beat a date in the prose, which may be a historical one.
        var published = NormaliseDate(parsed.Published) ?? FindTextDate(parsed.Body);
        var language = NormaliseLanguage(parsed.Language) ?? LanguageDetector.Detect(title is null ? text : title + "\n" + text);
        return new Article(
            ArticleId.FromFileName(fileName, sha256),
            fileName,
            title,
            text,
            language,
            published,
            NonEmpty(parsed.Url),
            NonEmpty(parsed.Source),
            sha256);
    }

    /// <summary>JSON read straight from its UTF-8 bytes, with the checks <see cref="ParseText"/> makes on the decoded text.</summary>
    private static ParsedArticle ParseJson(ReadOnlySpan<byte> utf8) =>
        StrictTextDecoder.IsWhiteSpace(utf8) ? throw new ArticleReadException("is empty (only whitespace)") : JsonArticleParser.Parse(utf8);

    private static ParsedArticle ParseText(string extension, string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw new ArticleReadException("is empty (only whitespace)");
        }

        return extension switch
        {
            ".json" => JsonArticleParser.Parse(raw),
            ".html" or ".htm" => HtmlArticleParser.Parse(raw),
            ".md" or ".markdown" => MarkdownArticleParser.Parse(raw),
            _ => new ParsedArticle(raw),
        };
    }

    /// <summary>
    /// Reads the file through one handle, refusing it before reading when it exceeds <see cref="MaxFileBytes"/>.
    /// A missing file throws <see cref="FileNotFoundException"/>, whatever error opening it gave.
    /// </summary>
    private static byte[] ReadBounded(string path)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && !File.Exists(path))
        {
            throw new FileNotFoundException(null, path, ex); // a folder, or a file removed meanwhile
        }

        using (handle)
        {
            var length = RandomAccess.GetLength(handle);
            if (length > MaxFileBytes)
            {
                throw new ArticleReadException(TooLarge);
            }

            if (length == 0)
            {
                return File.ReadAllBytes(path); // a length of 0 may be a pseudo-file whose size is unknown
            }

            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var count = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (count == 0)
                {
                    return bytes[..read]; // the file shrank while being read
                }

                read += count;
            }

            return bytes;
        }
    }

    private static string TooLarge => $"is larger than the {MaxFileBytes / (1024 * 1024)} MB limit for an article; split it or check that it is an article";

    /// <summary>yyyy-MM-dd from an ISO date or date-time, or from a date written out in words.</summary>
    private static string? NormaliseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return DatePatterns.FindFirst(value);
    }

    private static string? FindTextDate(string body)
    {
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && FurnitureLine.IsTimestamp(trimmed) && DatePatterns.FindFirst(trimmed.ToString()) is { } date)
            {
                return date;
            }
        }

        return DatePatterns.FindFirst(body);
    }

    private static string? NormaliseLanguage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var primary = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "french" or "français" or "francais" => "fr",
            "english" or "anglais" => "en",
            _ => primary,
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
