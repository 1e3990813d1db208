namespace Truce.Server.Hosting;

/// <summary>
/// Copies a request body to a temporary file (readable by this user only, deleted when closed)
/// before it is imported. The import reads its input synchronously on threads of its own, which
/// Kestrel forbids on a request body, and holds the store's write lock while it reads: that lock
/// must not last as long as a slow upload.
/// </summary>
internal static class RequestSpool
{
    /// <summary>Copies <paramref name="body"/> to a new temporary file; returns it positioned at its start.</summary>
    public static async Task<FileStream> Copy(Stream body, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous,
            BufferSize = 1 << 16,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"truce-upload-{Guid.NewGuid():N}.tmp"), options);
        try
        {
            await body.CopyToAsync(file, cancellationToken);
            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
