using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Graph.Core.Articles;
using Graph.Core.Ports;

namespace Graph.Extraction.Loading;

/// <summary>
/// Articles from files and folders. Folders are searched recursively for supported extensions; hidden files and
/// folders (a leading dot or the Hidden attribute) are skipped. Files are read in ordinal path order so two runs
/// over the same folder produce the same sequence.
/// </summary>
public sealed class FileArticleSource : IArticleSource
{
    /// <summary>Longest stretch of reading without giving the thread back: 10 ms.</summary>
    private static readonly long YieldEveryTicks = Stopwatch.Frequency / 100;

    private readonly ImmutableArray<string> paths;

    public FileArticleSource(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        this.paths = [.. paths];
    }

    public async IAsyncEnumerable<ArticleLoadResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var files = ListFiles(out var missing);
        var nextYield = 0L; // a timestamp: the first file yields
        foreach (var path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Reading is synchronous and short; yielding keeps a host responsive between files. Once per
            // 10 ms is enough for that, and spares a thread-pool hop per file, which cost as much as reading it.
            if (Stopwatch.GetTimestamp() >= nextYield)
            {
                await Task.Yield();
                nextYield = Stopwatch.GetTimestamp() + YieldEveryTicks;
            }

            yield return ArticleFileReader.Read(path);
        }

        foreach (var path in missing)
        {
            yield return ArticleLoadResult.Failed(path, $"'{path}' was not found: give an existing article file or folder.");
        }
    }

    /// <summary>The files to read, sorted ordinally and without duplicates; paths that do not exist are reported apart.</summary>
    public ImmutableArray<string> ListFiles(out ImmutableArray<string> missing)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var notFound = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                AddDirectory(path, files);
            }
            else if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path)); // an explicit file is read even if hidden or of another type: the reader says why it fails
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound.ToImmutable();
        return [.. files];
    }

    private static void AddDirectory(string directory, SortedSet<string> files)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        var root = Path.GetFullPath(directory);
        foreach (var file in Directory.EnumerateFiles(root, "*", options))
        {
            if (ArticleFileReader.SupportedExtensions.Contains(Path.GetExtension(file)) && !IsHidden(root, file))
            {
                files.Add(file);
            }
        }
    }

    /// <summary>Dot-files and files under dot-folders are hidden on Unix even without the Hidden attribute.</summary>
    private static bool IsHidden(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part.StartsWith('.'));
}
