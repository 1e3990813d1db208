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
    internal static int OpenDescriptor(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            foreach (var link in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                if (string.Equals(TargetOf(link), full, StringComparison.Ordinal) && int.TryParse(Path.GetFileName(link), out var fd))
                {
                    return fd;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return -1;
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

    private static string? TargetOf(string link)
    {
        try
        {
            return new FileInfo(link).LinkTarget;
        }
        catch (IOException)
        {
            return null; // closed since the directory was listed
        }
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
}
