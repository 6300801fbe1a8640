using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Graph.Core.Articles;
using Graph.Core.Ports;

namespace Graph.Extraction.Loading;

/// <summary>
/// Articles from files and folders. Folders are searched recursively for supported extensions; hidden files and
/// folders (a leading dot) are skipped. Files are read in ordinal path order so two runs over the same folder
/// produce the same sequence.
/// </summary>
/// <remarks>
/// <para>
/// Each file's id comes from its path relative to the folder it was found in (a file given by itself: relative to
/// its own folder, so its name), or from its URL; see <see cref="ArticleId"/>. Two files of one run that would share
/// an id (the same URL twice, or the same relative path under two folders given apart) are not both read: the
/// second fails with a reason naming the first.
/// </para>
/// <para>
/// Only regular files are read. A FIFO, a device or a socket with an article's extension is reported as failed
/// without being opened. Symbolic links inside a folder are followed only while they stay inside it; a link that
/// leads out of it, dangles, or loops back to a folder already read is reported and not followed. A file reached
/// twice (through a link, or given twice) is read once.
/// </para>
/// </remarks>
public sealed class FileArticleSource : IArticleSource
{
    /// <summary>Longest stretch of reading without giving the thread back: 10 ms.</summary>
    private static readonly long YieldEveryTicks = Stopwatch.Frequency / 100;

    private readonly ImmutableArray<string> paths;
    private readonly ArticleReadOptions options;

    public FileArticleSource(IEnumerable<string> paths, ArticleReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        this.paths = [.. paths];
        this.options = options ?? ArticleReadOptions.Default;
    }

    public async IAsyncEnumerable<ArticleLoadResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var listing = List();
        var nextYield = 0L; // a timestamp: the first file yields
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in listing.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Skipped is { } reason)
            {
                yield return ArticleLoadResult.Failed(entry.Path, $"'{entry.RelativePath}' {reason}.");
                continue;
            }

            // Reading is synchronous and short; yielding keeps a host responsive between files. Once per
            // 10 ms is enough for that, and spares a thread-pool hop per file, which cost as much as reading it.
            if (Stopwatch.GetTimestamp() >= nextYield)
            {
                await Task.Yield();
                nextYield = Stopwatch.GetTimestamp() + YieldEveryTicks;
            }

            var result = ArticleFileReader.Read(entry.Path, entry.RelativePath, options);
            if (result.Article is { } article && !ids.TryAdd(article.Id, entry.Path))
            {
                var why = ArticleId.IdentifyingUrl(article.Url) is { } url ? $"the same URL {url}" : "the same path relative to its folder";
                result = ArticleLoadResult.Failed(entry.Path,
                    $"'{entry.RelativePath}' would have the article id {article.Id} of '{ids[article.Id]}' ({why}), and replace it; "
                    + "it was left out. Give the folder that holds both, or remove the copy");
            }

            yield return result;
        }

        foreach (var path in listing.Missing)
        {
            yield return ArticleLoadResult.Failed(path, $"'{path}' was not found: give an existing article file or folder.");
        }
    }

    /// <summary>
    /// Every path <see cref="ReadAsync"/> yields a result for, sorted ordinally and without duplicates (the files to
    /// read and those skipped with a reason); paths that do not exist are reported apart.
    /// </summary>
    public ImmutableArray<string> ListFiles(out ImmutableArray<string> missing)
    {
        var listing = List();
        missing = listing.Missing;
        return [.. listing.Entries.Select(e => e.Path)];
    }

    private Listing List()
    {
        var found = new Dictionary<string, Entry>(StringComparer.Ordinal); // by the file's real path
        var skipped = new List<Entry>();
        var notFound = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                if (RealPath.Of(root) is { } real)
                {
                    new FolderWalk(root, real, found, skipped).Run();
                }
                else
                {
                    skipped.Add(new Entry(root, path, root, "is a symbolic link loop; it was not followed"));
                }
            }
            else if (File.Exists(path) || FileStat.Of(path, followLinks: false).Kind is not FileKind.Missing)
            {
                // An explicit file is read even if hidden or of another type: the reader says why it fails.
                var full = Path.GetFullPath(path);
                Add(found, new Entry(full, Path.GetFileName(full), RealPath.Of(full) ?? full, null));
            }
            else
            {
                notFound.Add(path);
            }
        }

        var entries = found.Values.Concat(skipped)
            .DistinctBy(e => e.Path, StringComparer.Ordinal)
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToImmutableArray();
        return new Listing(entries, notFound.ToImmutable());
    }

    /// <summary>A file reached twice is kept once: by its own path rather than a link, then by its longest relative path.</summary>
    private static void Add(Dictionary<string, Entry> found, Entry entry)
    {
        if (!found.TryGetValue(entry.Real, out var other) || Better(entry, other))
        {
            found[entry.Real] = entry;
        }

        static bool Better(Entry a, Entry b)
        {
            var aDirect = a.Path == a.Real;
            var bDirect = b.Path == b.Real;
            return aDirect != bDirect ? aDirect
                : a.RelativePath.Length != b.RelativePath.Length ? a.RelativePath.Length > b.RelativePath.Length
                : string.CompareOrdinal(a.Path, b.Path) < 0;
        }
    }

    private static bool IsSupported(string name) => ArticleFileReader.SupportedExtensions.Contains(Path.GetExtension(name));

    /// <summary>One folder given on the command line, walked without leaving it.</summary>
    private sealed class FolderWalk(string root, string realRoot, Dictionary<string, Entry> found, List<Entry> skipped)
    {
        private readonly HashSet<string> visited = new(StringComparer.Ordinal) { realRoot };

        public void Run() => Walk(root, realRoot, string.Empty);

        private void Walk(string folder, string realFolder, string prefix)
        {
            IEnumerable<FileSystemInfo> children;
            try
            {
                children = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions
                {
                    IgnoreInaccessible = true,
                    AttributesToSkip = 0,
                    RecurseSubdirectories = false,
                }).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return; // removed or made unreadable meanwhile
            }

            // Real entries first, then links: a link to a folder is then seen after the folder itself.
            foreach (var child in children.OrderBy(c => (c.Attributes & FileAttributes.ReparsePoint) != 0))
            {
                var name = child.Name;
                if (name.StartsWith('.'))
                {
                    continue; // dot-files and dot-folders are hidden on Unix
                }

                var path = Path.Combine(folder, name);
                var relative = prefix + name;
                if ((child.Attributes & FileAttributes.ReparsePoint) == 0)
                {
                    var real = Path.Combine(realFolder, name);
                    if (child is DirectoryInfo)
                    {
                        visited.Add(real);
                        Walk(path, real, relative + "/");
                    }
                    else if (IsSupported(name))
                    {
                        AddFile(path, relative, real, FileStat.Of(path, followLinks: false).Kind);
                    }

                    continue;
                }

                var target = RealPath.Of(path);
                if (target is null)
                {
                    Skip(path, relative, "is a symbolic link in a loop; it was not followed");
                    continue;
                }

                var kind = FileStat.Of(target, followLinks: false).Kind;
                if (kind == FileKind.Directory)
                {
                    if (!RealPath.IsInside(target, realRoot))
                    {
                        Skip(path, relative, "is a symbolic link to a folder outside the folder being read; it was not followed");
                    }
                    else if (RealPath.IsInside(realFolder, target))
                    {
                        Skip(path, relative, "is a symbolic link to a folder that holds it (a loop); it was not followed");
                    }
                    else if (visited.Add(target))
                    {
                        Walk(path, target, relative + "/");
                    }
                }
                else if (IsSupported(name))
                {
                    if (kind == FileKind.Missing)
                    {
                        Skip(path, relative, "is a symbolic link to nothing (its target does not exist)");
                    }
                    else if (!RealPath.IsInside(target, realRoot))
                    {
                        Skip(path, relative, "is a symbolic link to a file outside the folder being read; it was not followed");
                    }
                    else
                    {
                        AddFile(path, relative, target, kind);
                    }
                }
            }
        }

        private void AddFile(string path, string relative, string real, FileKind kind)
        {
            if (kind is FileKind.Regular or FileKind.Missing)
            {
                Add(found, new Entry(path, relative, real, null)); // one removed meanwhile: the reader reports it
            }
            else
            {
                Skip(path, relative, $"is {FileStat.Describe(kind)}, not a regular file; it was not read");
            }
        }

        private void Skip(string path, string relative, string reason) => skipped.Add(new Entry(path, relative, path, reason));
    }

    /// <param name="Path">Where the file was found (through links, if any).</param>
    /// <param name="RelativePath">Relative to the folder given, with '/' between folders: the id's source.</param>
    /// <param name="Real">The file's path with every link resolved.</param>
    /// <param name="Skipped">Why it is not read, or null.</param>
    private sealed record Entry(string Path, string RelativePath, string Real, string? Skipped);

    private sealed record Listing(ImmutableArray<Entry> Entries, ImmutableArray<string> Missing);
}
