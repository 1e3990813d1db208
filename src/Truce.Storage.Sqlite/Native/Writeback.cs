using System.Runtime.InteropServices;

namespace Truce.Storage.Sqlite.Native;

/// <summary>
/// While a bulk load fills a SQLite file and builds its indexes, asks the kernel every
/// <see cref="Period"/> to start writing the file's dirty pages to disk (Linux
/// <c>sync_file_range</c> with <c>SYNC_FILE_RANGE_WRITE</c>: starts the write-out and waits for
/// nothing). Left alone, the kernel keeps a few hundred megabytes dirty until the commit's
/// <c>fsync</c>, which then writes them all while the import waits (1M rows: 0.11-0.12 s; with
/// this, ~0.015 s). Durability is unchanged: the commit still syncs the file.
/// </summary>
/// <remarks>
/// The descriptor is SQLite's own, found among the process's open files by the database's path:
/// opening a second one would be unsafe, since closing any descriptor of a file drops every POSIX
/// lock the process holds on it, SQLite's included. Where there is no such descriptor (not Linux,
/// a path reached through a symbolic link), or the call fails, nothing is asked: the import is as
/// before.
/// </remarks>
internal sealed partial class Writeback : IDisposable
{
    /// <summary>Between two requests (bench/README.md, session 12: 200, 400 and 1000 ms gave the same import time).</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(400);

    private const uint SyncFileRangeWrite = 2;

    private readonly int _descriptor;
    private readonly TimeSpan _period;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread? _thread;
    private bool _disposed;

    private Writeback(int descriptor, TimeSpan period)
    {
        _descriptor = descriptor;
        _period = period;
        if (descriptor >= 0)
        {
            _thread = new Thread(Run) { IsBackground = true, Name = "Truce SQLite writeback" };
            _thread.Start();
        }
    }

    /// <summary>Write-outs started so far.</summary>
    public int Requests { get; private set; }

    /// <summary>The error number of a failed request, after which no more are made; 0 when none failed.</summary>
    public int Error { get; private set; }

    /// <summary>Whether requests are being made (an open descriptor of the file was found).</summary>
    public bool Active => _thread is not null;

    /// <summary>Starts asking for write-outs of the SQLite file at <paramref name="path"/>, which the process must hold open.</summary>
    public static Writeback Start(string path, TimeSpan period) =>
        new(OperatingSystem.IsLinux() ? OpenDescriptor(path) : -1, period);

    /// <summary>A descriptor the process holds open on <paramref name="path"/> (by its absolute path), or -1.</summary>
    /// <remarks>
    /// Lists <c>/proc/self/fd</c> with <c>getdents64</c> and reads each link with <c>readlink</c>.
    /// Through <see cref="Directory"/> and <c>FileInfo.LinkTarget</c> the same took 5-7 ms at the
    /// start of each import, most of it compiling the enumeration code, and ~25 ms of compiler time
    /// later (bench/README.md, session 13).
    /// </remarks>
    internal static unsafe int OpenDescriptor(string path)
    {
        var wanted = System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(path));
        var directory = OpenDirectory("/proc/self/fd", OpenReadOnly);
        if (directory < 0)
        {
            return -1;
        }

        try
        {
            var entries = stackalloc byte[8192];
            var target = stackalloc byte[wanted.Length + 1];
            var link = stackalloc byte[32];
            int read;
            while ((read = (int)GetDents64(directory, entries, 8192)) > 0)
            {
                for (var at = 0; at < read; at += *(ushort*)(entries + at + 16))
                {
                    // struct linux_dirent64: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
                    var fd = Number(entries + at + 19);
                    if (fd < 0 || fd == directory)
                    {
                        continue;
                    }

                    // One byte more than the path: a longer target does not match.
                    var length = (int)ReadLink(LinkPath(link, fd), target, wanted.Length + 1);
                    if (length == wanted.Length && new ReadOnlySpan<byte>(target, length).SequenceEqual(wanted))
                    {
                        return fd;
                    }
                }
            }
        }
        finally
        {
            _ = Close(directory);
        }

        return -1;
    }

    /// <summary>The descriptor a NUL-terminated entry name spells in decimal, or -1 (".", "..").</summary>
    private static unsafe int Number(byte* name)
    {
        var value = 0;
        var digits = 0;
        for (; name[digits] != 0; digits++)
        {
            var digit = name[digits] - (byte)'0';
            if (digit is < 0 or > 9 || digits == 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return digits == 0 ? -1 : value;
    }

    /// <summary>Writes "/proc/self/fd/N" and a NUL into <paramref name="into"/> (32 bytes).</summary>
    private static unsafe byte* LinkPath(byte* into, int fd)
    {
        var prefix = "/proc/self/fd/"u8;
        prefix.CopyTo(new Span<byte>(into, 32));
        _ = fd.TryFormat(new Span<byte>(into + prefix.Length, 31 - prefix.Length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        into[prefix.Length + written] = 0;
        return into;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Set();
        _thread?.Join();
        _stop.Dispose();
    }

    private void Run()
    {
        while (!_stop.Wait(_period))
        {
            if (SyncFileRange(_descriptor, 0, 0, SyncFileRangeWrite) != 0)
            {
                Error = Marshal.GetLastPInvokeError();
                return;
            }

            Requests++;
        }
    }

    [LibraryImport("libc", EntryPoint = "sync_file_range", SetLastError = true)]
    private static partial int SyncFileRange(int fd, long offset, long nbytes, uint flags);

    private const int OpenReadOnly = 0; // O_RDONLY; the other flags' values differ between architectures

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenDirectory(string path, int flags);

    [LibraryImport("libc", EntryPoint = "getdents64")]
    private static unsafe partial nint GetDents64(int fd, byte* entries, nuint count);

    [LibraryImport("libc", EntryPoint = "readlink")]
    private static unsafe partial nint ReadLink(byte* path, byte* target, nint size);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
