using Graph.Extraction.Loading;

namespace Graph.Worker.Sources.RabbitMq;

/// <summary>
/// The files <c>graph publish</c> sends, each with the name it travels under: its path relative to the folder it
/// was found in (a file given by itself: its name), so a worker gives it the id <c>graph ingest</c> would give it.
/// Hidden files and folders are skipped, as ingest skips them; ordinal order, as ingest reads them.
/// </summary>
internal static class PublishableFiles
{
    public static IReadOnlyList<(string Path, string Name)> List(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<(string Path, string Name)>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                files.AddRange(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Select(file => (file, Path.GetRelativePath(root, file).Replace('\\', '/')))
                    .Where(f => !f.Item2.Split('/').Any(part => part.StartsWith('.'))
                        && ArticleFileReader.SupportedExtensions.Contains(Path.GetExtension(f.file)))
                    .OrderBy(f => f.Item2, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add((Path.GetFullPath(path), Path.GetFileName(path)));
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return files;
    }
}
