namespace Graph.IntegrationTests.Support;

/// <summary>A throw-away folder, deleted on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("graph-it-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Copies files in as a finished copy would arrive, dated a minute ago so a watcher takes them at once.</summary>
    public void CopyIn(IEnumerable<string> files, string? subfolder = null)
    {
        var target = subfolder is null ? Path : Combine(subfolder);
        Directory.CreateDirectory(target);
        foreach (var file in files)
        {
            var name = System.IO.Path.GetFileName(file);
            var staging = System.IO.Path.Combine(target, "." + name + ".tmp");
            File.Copy(file, staging, overwrite: true);
            File.SetLastWriteTimeUtc(staging, DateTime.UtcNow.AddMinutes(-1));
            File.Move(staging, System.IO.Path.Combine(target, name), overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process still writing: the temp folder is cleaned by the system later.
        }
    }
}
