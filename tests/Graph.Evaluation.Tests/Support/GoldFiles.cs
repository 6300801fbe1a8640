namespace Graph.Evaluation.Tests.Support;

/// <summary>Writes hand-made gold and alias files to a temporary folder, deleted on dispose.</summary>
internal sealed class GoldFiles : IDisposable
{
    public GoldFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "graph-gold-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
