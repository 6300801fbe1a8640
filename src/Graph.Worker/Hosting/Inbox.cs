namespace Graph.Worker.Hosting;

/// <summary>
/// The inbox folder and its three sub-folders. A file is claimed by an atomic move into <c>processing/</c>, so
/// two workers never take the same file, and a crash leaves the claimed file there to be taken up again.
/// </summary>
internal sealed class Inbox
{
    private const string ReasonSuffix = ".reason.txt";

    public Inbox(string root, string processing, string processed, string failed)
    {
        Root = Path.GetFullPath(root);
        ProcessingFolder = Path.Combine(Root, processing);
        ProcessedFolder = Path.Combine(Root, processed);
        FailedFolder = Path.Combine(Root, failed);
    }

    public string Root { get; }

    public string ProcessingFolder { get; }

    public string ProcessedFolder { get; }

    public string FailedFolder { get; }

    public void EnsureCreated()
    {
        Directory.CreateDirectory(ProcessingFolder);
        Directory.CreateDirectory(ProcessedFolder);
        Directory.CreateDirectory(FailedFolder);
    }

    /// <summary>Files claimed by a run that did not finish them (a crash or a kill), oldest name first.</summary>
    public IReadOnlyList<string> Orphans() =>
        Directory.EnumerateFiles(ProcessingFolder).Where(IsCandidate).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Files waiting in the inbox, oldest first. A file modified less than <paramref name="settleTime"/> ago may still
    /// be being written and is left for a later scan.
    /// </summary>
    public IReadOnlyList<string> Pending(DateTimeOffset now, TimeSpan settleTime, out bool someUnsettled)
    {
        var files = new List<FileInfo>();
        someUnsettled = false;
        foreach (var file in new DirectoryInfo(Root).EnumerateFiles())
        {
            if (!IsCandidate(file.FullName))
            {
                continue;
            }

            if (now - file.LastWriteTimeUtc < settleTime)
            {
                someUnsettled = true;
                continue;
            }

            files.Add(file);
        }

        return files.OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => f.FullName).ToList();
    }

    /// <summary>Moves a pending file into <c>processing/</c>; null when another worker took it first or it vanished.</summary>
    public string? TryClaim(string path)
    {
        var claimed = Path.Combine(ProcessingFolder, Path.GetFileName(path));
        try
        {
            File.Move(path, claimed, overwrite: false);
            return claimed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Moves a claimed file to <c>processed/</c>, replacing an older copy and clearing an earlier failure.</summary>
    public string Complete(string claimed)
    {
        var name = Path.GetFileName(claimed);
        var target = Path.Combine(ProcessedFolder, name);
        File.Move(claimed, target, overwrite: true);
        File.Delete(Path.Combine(FailedFolder, name));
        File.Delete(Path.Combine(FailedFolder, name + ReasonSuffix));
        return target;
    }

    /// <summary>Moves a claimed file to <c>failed/</c> with a <c>&lt;name&gt;.reason.txt</c> next to it.</summary>
    public string Fail(string claimed, string reason)
    {
        var name = Path.GetFileName(claimed);
        var target = Path.Combine(FailedFolder, name);
        File.WriteAllText(target + ReasonSuffix, reason.TrimEnd() + Environment.NewLine);
        File.Move(claimed, target, overwrite: true);
        return target;
    }

    /// <summary>Hidden and temporary files (editors, rsync, partial downloads) are never claimed.</summary>
    private static bool IsCandidate(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !name.StartsWith('~')
            && !name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase);
    }
}
