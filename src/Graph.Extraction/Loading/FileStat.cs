using System.Runtime.InteropServices;

namespace Graph.Extraction.Loading;

/// <summary>What a path names, as the file system says (Unix file types).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>
/// The type, size and change stamps of a path. .NET tells a FIFO, a device or a socket from a regular file by none
/// of its APIs (opening a FIFO blocks until a writer comes), so on Linux this asks the kernel with <c>statx</c>,
/// whose structure is the same on every architecture; elsewhere it falls back to <see cref="FileInfo"/>.
/// </summary>
public readonly record struct FileStat(FileKind Kind, long Size, long Inode, long ModifiedSeconds, long ModifiedNanoseconds, long ChangedSeconds, long ChangedNanoseconds)
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxSize = 256;

    /// <summary>The path's status; <paramref name="followLinks"/> false describes a symbolic link itself.</summary>
    public static FileStat Of(string path, bool followLinks)
    {
        ArgumentNullException.ThrowIfNull(path);
        return OperatingSystem.IsLinux() ? OfLinux(path, followLinks) : OfManaged(path, followLinks);
    }

    /// <summary>Readable name of a kind, for reasons given to the user.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        _ => "not a regular file",
    };

    /// <summary>Same file, same size, same modification and change times: nothing was written in between.</summary>
    public bool SameContentStampAs(FileStat other) =>
        Kind == other.Kind && Size == other.Size && Inode == other.Inode
        && ModifiedSeconds == other.ModifiedSeconds && ModifiedNanoseconds == other.ModifiedNanoseconds
        && ChangedSeconds == other.ChangedSeconds && ChangedNanoseconds == other.ChangedNanoseconds;

    private static FileStat OfLinux(string path, bool followLinks)
    {
        var buffer = new byte[StatxSize];
        if (NativeMethods.statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno switch
            {
                2 or 20 => new FileStat(FileKind.Missing, 0, 0, 0, 0, 0, 0), // ENOENT, ENOTDIR
                40 => throw new IOException($"Too many levels of symbolic links: {path}"), // ELOOP
                13 => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied."), // EACCES
                38 => OfManaged(path, followLinks), // ENOSYS: a kernel older than 4.11
                _ => throw new IOException($"Could not read the status of '{path}' (errno {errno})."),
            };
        }

        var mode = BitConverter.ToUInt16(buffer, 28);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return new FileStat(
            kind,
            Size: BitConverter.ToInt64(buffer, 40),
            Inode: BitConverter.ToInt64(buffer, 32),
            ModifiedSeconds: BitConverter.ToInt64(buffer, 112),
            ModifiedNanoseconds: BitConverter.ToUInt32(buffer, 120),
            ChangedSeconds: BitConverter.ToInt64(buffer, 96),
            ChangedNanoseconds: BitConverter.ToUInt32(buffer, 104));
    }

    private static FileStat OfManaged(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists)
        {
            return new FileStat(FileKind.Missing, 0, 0, 0, 0, 0, 0);
        }

        if (info.LinkTarget is not null)
        {
            if (!followLinks)
            {
                return new FileStat(FileKind.SymbolicLink, 0, 0, 0, 0, 0, 0);
            }

            info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        }

        var ticks = info.LastWriteTimeUtc.Ticks;
        return info is FileInfo file
            ? new FileStat(FileKind.Regular, file.Length, 0, ticks / TimeSpan.TicksPerSecond, ticks % TimeSpan.TicksPerSecond * 100, 0, 0)
            : new FileStat(FileKind.Directory, 0, 0, ticks / TimeSpan.TicksPerSecond, ticks % TimeSpan.TicksPerSecond * 100, 0, 0);
    }

    private static class NativeMethods
    {
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in this project; the signature is blittable but for the path
        [DllImport("libc", SetLastError = true)]
        internal static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string pathname, int flags, uint mask, byte[] statxbuf);
#pragma warning restore SYSLIB1054
    }
}
