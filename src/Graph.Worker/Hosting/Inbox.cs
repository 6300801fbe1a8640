namespace Graph.Worker.Hosting;

/// <summary>
/// The inbox folder and its three sub-folders. Each running worker claims files by an atomic move into its own
/// folder <c>processing/&lt;worker&gt;/</c>, which it marks as alive by holding an exclusive lock on the
/// <c>.lock</c> file inside for as long as it runs. The kernel drops that lock when the process dies, however it
/// dies (SIGKILL included), so a claim folder whose lock can be taken belongs to a dead worker: its files are
/// orphans, moved into the taker's own folder and processed again. Two workers thus never hold the same file,
/// and no file is lost to a crash.
/// </summary>
/// <remarks>
/// A processed file's article id is kept in <c>processed/.articles/&lt;file name&gt;</c>, written before the file
/// is moved to <c>processed/</c>, so that deleting the file can retract its article (see
/// <see cref="GraphOptions.MirrorDeletions"/>).
/// </remarks>
internal sealed class Inbox : IDisposable
{
    private const string ReasonSuffix = ".reason.txt";
    private const string LockFileName = ".lock";
    private const string ArticleIndexFolder = ".articles";

    private FileStream? _lock;

    public Inbox(string root, string processing, string processed, string failed)
    {
        Root = Path.GetFullPath(root);
        ProcessingFolder = Path.Combine(Root, processing);
        ProcessedFolder = Path.Combine(Root, processed);
        FailedFolder = Path.Combine(Root, failed);
        // Unique per worker, even for two workers with the same process id in different containers sharing the folder.
        ClaimFolder = Path.Combine(ProcessingFolder, $"worker-{Environment.ProcessId}-{Guid.NewGuid():N}"[..32]);
    }

    public string Root { get; }

    /// <summary>The parent of every worker's claim folder.</summary>
    public string ProcessingFolder { get; }

    /// <summary>This worker's claim folder inside <see cref="ProcessingFolder"/>; locked once <see cref="EnsureCreated"/> ran.</summary>
    public string ClaimFolder { get; }

    public string ProcessedFolder { get; }

    public string FailedFolder { get; }

    private string ArticleIndex => Path.Combine(ProcessedFolder, ArticleIndexFolder);

    /// <summary>Creates the folders and this worker's claim folder, and takes the lock that marks it alive.</summary>
    public void EnsureCreated()
    {
        Directory.CreateDirectory(ProcessingFolder);
        Directory.CreateDirectory(ProcessedFolder);
        Directory.CreateDirectory(FailedFolder);
        Directory.CreateDirectory(ArticleIndex);
        if (_lock is null)
        {
            Directory.CreateDirectory(ClaimFolder);
            _lock = TryLock(ClaimFolder) ?? throw new IOException($"Could not lock the claim folder {ClaimFolder}.");
        }
    }

    /// <summary>
    /// Takes over the files of workers that died while holding them (and files a former version left directly in
    /// <c>processing/</c>), moving them into <see cref="ClaimFolder"/>; returns every file held there, by name.
    /// </summary>
    public IReadOnlyList<string> ReclaimOrphans()
    {
        foreach (var loose in Directory.EnumerateFiles(ProcessingFolder).Where(IsCandidate))
        {
            TryMove(loose, Path.Combine(ClaimFolder, Path.GetFileName(loose)));
        }

        foreach (var folder in Directory.EnumerateDirectories(ProcessingFolder))
        {
            if (string.Equals(folder, ClaimFolder, StringComparison.Ordinal))
            {
                continue;
            }

            // Held by a live worker: not ours to touch.
            using var dead = TryLock(folder);
            if (dead is null)
            {
                continue;
            }

            try
            {
                foreach (var orphan in Directory.EnumerateFiles(folder).Where(IsCandidate))
                {
                    TryMove(orphan, Path.Combine(ClaimFolder, Path.GetFileName(orphan)));
                }

                File.Delete(Path.Combine(folder, LockFileName));
                Directory.Delete(folder, recursive: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another worker cleaned it up first, or a file with the same name is already ours: the next start retries.
            }
        }

        return Directory.EnumerateFiles(ClaimFolder).Where(IsCandidate).Order(StringComparer.Ordinal).ToList();
    }

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

    /// <summary>Moves a pending file into <see cref="ClaimFolder"/>; null when another worker took it first or it vanished.</summary>
    public string? TryClaim(string path)
    {
        var claimed = Path.Combine(ClaimFolder, Path.GetFileName(path));
        return TryMove(path, claimed) ? claimed : null;
    }

    /// <summary>
    /// Records the file's article id, then moves the claimed file to <c>processed/</c>, replacing an older copy and
    /// clearing an earlier failure. The id goes first: a crash in between leaves the file claimed, to be done again.
    /// </summary>
    public string Complete(string claimed, string? articleId = null)
    {
        var name = Path.GetFileName(claimed);
        if (articleId is not null)
        {
            Directory.CreateDirectory(ArticleIndex);
            var index = Path.Combine(ArticleIndex, name);
            var staging = Path.Combine(ArticleIndex, $".{name}.{Environment.ProcessId}.tmp");
            File.WriteAllText(staging, articleId);
            File.Move(staging, index, overwrite: true);
        }

        var target = Path.Combine(ProcessedFolder, name);
        File.Move(claimed, target, overwrite: true);
        File.Delete(Path.Combine(FailedFolder, name));
        File.Delete(Path.Combine(FailedFolder, name + ReasonSuffix));
        return target;
    }

    /// <summary>
    /// Puts a claimed file back in the inbox, to be claimed again once it has settled (it changed while being read).
    /// If a file of the same name arrived meanwhile, that newer one stays and this one is dropped.
    /// </summary>
    public void Release(string claimed)
    {
        if (!TryMove(claimed, Path.Combine(Root, Path.GetFileName(claimed))))
        {
            File.Delete(claimed);
        }
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

    /// <summary>
    /// Processed files that were deleted: their name and article id. A file that is only away being processed
    /// again (back in the inbox or in a claim folder) is not deleted, and an article another file still gives (the
    /// same URL) is kept: that deletion is forgotten without a retraction.
    /// </summary>
    public IReadOnlyList<(string FileName, string ArticleId)> DeletedFromProcessed()
    {
        if (!Directory.Exists(ArticleIndex))
        {
            return [];
        }

        var deleted = new List<(string Name, string Id)>();
        var live = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFiles(ArticleIndex).Where(IsCandidate).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            var present = File.Exists(Path.Combine(ProcessedFolder, name)) || File.Exists(Path.Combine(Root, name)) || IsClaimed(name);
            string id;
            try
            {
                id = File.ReadAllText(entry).Trim();
            }
            catch (FileNotFoundException)
            {
                continue; // another worker mirrored it first
            }

            if (present)
            {
                live.Add(id);
            }
            else if (id.Length > 0)
            {
                deleted.Add((name, id));
            }
        }

        // Two files with the same URL are one article: it stays while one of them does.
        foreach (var (name, _) in deleted.Where(d => live.Contains(d.Id)))
        {
            Forget(name);
        }

        return [.. deleted.Where(d => !live.Contains(d.Id)).Select(d => (d.Name, d.Id))];
    }

    /// <summary>Forgets a processed file's article id once its deletion has been mirrored.</summary>
    public void Forget(string fileName) => File.Delete(Path.Combine(ArticleIndex, fileName));

    /// <summary>Releases the claim folder; removes it when nothing is left in it (a stop mid-wait leaves the file for the next start).</summary>
    public void Dispose()
    {
        if (_lock is null)
        {
            return;
        }

        try
        {
            if (!Directory.EnumerateFiles(ClaimFolder).Any(IsCandidate))
            {
                File.Delete(Path.Combine(ClaimFolder, LockFileName));
                Directory.Delete(ClaimFolder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: the next worker to start finds it unlocked and takes it over.
        }
        finally
        {
            _lock.Dispose();
            _lock = null;
        }
    }

    private bool IsClaimed(string name) =>
        File.Exists(Path.Combine(ProcessingFolder, name))
        || Directory.EnumerateDirectories(ProcessingFolder).Any(folder => File.Exists(Path.Combine(folder, name)));

    /// <summary>An exclusive lock on the folder's lock file (flock on Unix), or null when a live process holds it.</summary>
    private static FileStream? TryLock(string folder)
    {
        try
        {
            return new FileStream(Path.Combine(folder, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            File.Move(from, to, overwrite: false);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Hidden and temporary files (editors, rsync, partial downloads, lock files) are never claimed.</summary>
    private static bool IsCandidate(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !name.StartsWith('~')
            && !name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase);
    }
}
