namespace Graph.Worker.Hosting;

/// <summary>
/// Finds the repository (the folder holding Graph.sln) by walking up from the current directory, then from
/// the executable's folder, so repo-relative settings work whether <c>graph</c> runs from the repo or elsewhere.
/// </summary>
internal static class RepositoryRoot
{
    private const string Marker = "Graph.sln";

    public static string? Find() => FindFrom(Environment.CurrentDirectory) ?? FindFrom(AppContext.BaseDirectory);

    public static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>An absolute path for a configured path: relative ones are taken from the repository root.</summary>
    public static string Resolve(string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Find() ?? Environment.CurrentDirectory, path));
}
