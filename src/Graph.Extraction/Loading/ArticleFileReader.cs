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
    /// <summary>Largest file accepted by default (10 MB): a news article is a few kilobytes, a larger file is a mistake.</summary>
    public const long MaxFileBytes = ArticleReadOptions.DefaultMaxFileBytes;

    /// <summary>Extensions this reader understands, lowercase with the dot.</summary>
    public static readonly FrozenSet<string> SupportedExtensions =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ".txt", ".md", ".markdown", ".html", ".htm", ".json");

    /// <summary>Reads a file on its own: its id comes from its name (the inbox of <c>graph run</c> is flat), with the default limits.</summary>
    /// <summary>Run between reading a file and checking it did not change, on the reading thread: lets a test write meanwhile.</summary>
    [ThreadStatic]
    internal static Action? AfterReadForTests;

    public static ArticleLoadResult Read(string path) => Read(path, Path.GetFileName(path), ArticleReadOptions.Default);

    /// <summary>
    /// Reads a file found at <paramref name="relativePath"/> under the folder it was given in; that path (or the
    /// article's URL) makes its id, see <see cref="ArticleId"/>.
    /// </summary>
    public static ArticleLoadResult Read(string path, string relativePath, ArticleReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        ArgumentNullException.ThrowIfNull(options);
        var fileName = Path.GetFileName(path);
        try
        {
            return ArticleLoadResult.Loaded(path, ReadArticle(path, fileName, relativePath, options));
        }
        catch (ArticleChangedException ex)
        {
            return ArticleLoadResult.Failed(path, $"'{fileName}' {ex.Message}.") with { Transient = true };
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

    /// <summary>
    /// Reads an article that arrived as bytes (a queue message) under the name <paramref name="relativePath"/>, whose
    /// extension gives the format and which makes the id as a file of that path would. Never throws for bad content.
    /// </summary>
    public static ArticleLoadResult ReadBytes(byte[] bytes, string relativePath, ArticleReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        ArgumentNullException.ThrowIfNull(options);
        var fileName = Path.GetFileName(relativePath);
        try
        {
            CheckExtension(relativePath);
            if (bytes.Length > options.MaxFileBytes)
            {
                throw new ArticleReadException($"is {bytes.Length} bytes, over the limit of {options.MaxFileBytes}");
            }

            return ArticleLoadResult.Loaded(relativePath, FromBytes(bytes, Path.GetExtension(relativePath).ToLowerInvariant(), fileName, relativePath, options));
        }
        catch (ArticleReadException ex)
        {
            return ArticleLoadResult.Failed(relativePath, $"'{fileName}' {ex.Message}.");
        }
    }

    private static void CheckExtension(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!SupportedExtensions.Contains(extension))
        {
            throw new ArticleReadException(
                $"has an unsupported extension '{extension}'; use one of {string.Join(", ", SupportedExtensions.Order(StringComparer.Ordinal))}");
        }
    }

    private static Article ReadArticle(string path, string fileName, string relativePath, ArticleReadOptions options)
    {
        CheckExtension(path);
        return FromBytes(ReadBounded(path, options), Path.GetExtension(path).ToLowerInvariant(), fileName, relativePath, options);
    }

    private static Article FromBytes(byte[] bytes, string extension, string fileName, string relativePath, ArticleReadOptions options)
    {
        if (bytes.Length == 0)
        {
            throw new ArticleReadException("is empty");
        }

        var parsed = extension == ".json" && StrictTextDecoder.TryGetValidUtf8(bytes, out var utf8)
            ? ParseJson(utf8)
            : ParseText(extension, StrictTextDecoder.Decode(bytes), options);

        parsed = new ParsedArticle(
            ControlCharacters.Clean(parsed.Body, "text")!,
            ControlCharacters.Clean(parsed.Title, "title"),
            ControlCharacters.Clean(parsed.Published, "date"),
            ControlCharacters.Clean(parsed.Url, "url"),
            ControlCharacters.Clean(parsed.Source, "source"),
            ControlCharacters.Clean(parsed.Language, "language"));
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
            ArticleId.For(relativePath, parsed.Url),
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

    private static ParsedArticle ParseText(string extension, string raw, ArticleReadOptions options)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw new ArticleReadException("is empty (only whitespace)");
        }

        return extension switch
        {
            ".json" => JsonArticleParser.Parse(raw),
            ".html" or ".htm" => HtmlArticleParser.Parse(raw, options.MaxHtmlNesting),
            ".md" or ".markdown" => MarkdownArticleParser.Parse(raw),
            _ => new ParsedArticle(raw),
        };
    }

    /// <summary>
    /// Reads a regular file through one handle, refusing it before reading when it exceeds the size limit. Anything
    /// else (a FIFO, a device, a socket, a folder) is refused without being opened: opening a FIFO blocks until a
    /// writer comes. The file's size and change times are taken before and after reading: a file written meanwhile
    /// throws <see cref="ArticleChangedException"/> rather than being read truncated.
    /// A missing file throws <see cref="FileNotFoundException"/>.
    /// </summary>
    private static byte[] ReadBounded(string path, ArticleReadOptions options)
    {
        if (options.RefuseSymbolicLinks && FileStat.Of(path, followLinks: false).Kind == FileKind.SymbolicLink)
        {
            throw new ArticleReadException("is a symbolic link, which is not followed here; copy or move the file itself");
        }

        var before = FileStat.Of(path, followLinks: true);
        switch (before.Kind)
        {
            case FileKind.Missing or FileKind.Directory:
                throw new FileNotFoundException(null, path);
            case FileKind.Regular:
                break;
            default:
                throw new ArticleReadException($"is {FileStat.Describe(before.Kind)}, not a regular file; only regular files are read");
        }

        if (before.Size > options.MaxFileBytes)
        {
            throw new ArticleReadException(TooLarge(options));
        }

        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && !File.Exists(path))
        {
            throw new FileNotFoundException(null, path, ex); // a folder, or a file removed meanwhile
        }

        byte[] bytes;
        using (handle)
        {
            // A size of 0 may be a pseudo-file whose size is unknown: read what comes, up to the limit.
            var buffer = new byte[before.Size > 0 ? before.Size + 1 : Math.Min(options.MaxFileBytes + 1, 64 * 1024)];
            var read = 0;
            while (true)
            {
                if (read == buffer.Length)
                {
                    if (buffer.Length > options.MaxFileBytes)
                    {
                        throw before.Size > 0 ? new ArticleChangedException(Changed) : new ArticleReadException(TooLarge(options));
                    }

                    Array.Resize(ref buffer, (int)Math.Min(options.MaxFileBytes + 1, 2L * buffer.Length));
                }

                var count = RandomAccess.Read(handle, buffer.AsSpan(read), read);
                if (count == 0)
                {
                    break;
                }

                read += count;
            }

            bytes = read == buffer.Length ? buffer : buffer[..read];
        }

        AfterReadForTests?.Invoke();
        var after = FileStat.Of(path, followLinks: true);
        if (!after.SameContentStampAs(before) || (before.Size > 0 && bytes.Length != before.Size))
        {
            throw new ArticleChangedException(Changed);
        }

        return bytes;
    }

    private const string Changed =
        "changed while it was being read (its size or modification time differ before and after); it was not ingested and is tried again later";

    private static string TooLarge(ArticleReadOptions options)
    {
        var limit = options.MaxFileBytes % (1024 * 1024) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{options.MaxFileBytes / (1024 * 1024)} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{options.MaxFileBytes} bytes");
        return $"is larger than the {limit} limit for an article (Graph:MaxArticleBytes); split it or check that it is an article";
    }

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
