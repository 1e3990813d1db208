using System.Buffers;
using System.IO.Hashing;
using System.Security.Cryptography;
using Truce.Domain.Errors;

namespace Truce.Storage.Import;

/// <summary>
/// The SHA-256 of an imported file, taken now or later. Now: over each chunk as the archiver takes
/// it. Later: the archiver only fingerprints each chunk (XxHash128, a tenth of the cost), and once
/// the records are in, <see cref="StartSecondRead"/> reads the file again on a thread of its own,
/// checks every chunk against what the import read, and hashes it, while the store builds its
/// indexes on the other core (bench/README.md, session 12). A file that changed between the two
/// reads fails the import, so the digest is always that of the bytes imported.
/// </summary>
internal sealed class SourceDigest : IDisposable
{
    private readonly IncrementalHash? _sha;
    private readonly List<UInt128>? _fingerprints;
    private Task? _secondRead;
    private string _hex = "";

    /// <param name="later">Whether to take the digest in a second read of the file (it must be seekable).</param>
    public SourceDigest(bool later)
    {
        if (later)
        {
            _fingerprints = [];
        }
        else
        {
            _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        }
    }

    /// <summary>Takes the file's next chunk, in order (from the archiver's thread).</summary>
    public void Add(byte[] chunk, int length)
    {
        if (_fingerprints is not null)
        {
            _fingerprints.Add(XxHash128.HashToUInt128(chunk.AsSpan(0, length)));
        }
        else
        {
            _sha!.AppendData(chunk, 0, length);
        }
    }

    /// <summary>After the last chunk: finishes the digest when it is taken now.</summary>
    public void Complete()
    {
        if (_sha is not null)
        {
            _hex = Convert.ToHexStringLower(_sha.GetHashAndReset());
        }
    }

    /// <summary>
    /// When the digest is taken later: starts reading the <paramref name="bytes"/> bytes the import
    /// read from <paramref name="input"/>, from <paramref name="start"/>, on a thread of its own.
    /// Call once the archiver is done; the caller must not use the stream until <see cref="Dispose"/>.
    /// </summary>
    public void StartSecondRead(Stream input, long start, long bytes, string file, CancellationToken cancellationToken)
    {
        if (_fingerprints is null)
        {
            return;
        }

        _secondRead = Task.Factory.StartNew(() => _hex = ReadAgain(input, start, bytes, file, cancellationToken),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Whether a second read was started.</summary>
    public bool ReadingAgain => _secondRead is not null;

    /// <summary>The file's SHA-256 in lower-case hex; waits for the second read, and rethrows its failure.</summary>
    /// <exception cref="DataFormatException">The file changed between the two reads.</exception>
    public string Hex()
    {
        _secondRead?.GetAwaiter().GetResult();
        return _hex;
    }

    public void Dispose()
    {
        // Never leave a thread reading the caller's stream, whatever became of the import.
        try
        {
            _secondRead?.Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
            // Reported by Hex, or the import had already failed for another reason.
        }

        _sha?.Dispose();
    }

    private string ReadAgain(Stream input, long start, long bytes, string file, CancellationToken cancellationToken)
    {
        input.Position = start;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(SourceArchive.ChunkSize);
        try
        {
            for (var i = 0; i < _fingerprints!.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var offset = (long)i * SourceArchive.ChunkSize;
                var expected = (int)Math.Min(SourceArchive.ChunkSize, bytes - offset);
                var read = input.ReadAtLeast(buffer.AsSpan(0, expected), expected, throwOnEndOfStream: false);
                if (read != expected || XxHash128.HashToUInt128(buffer.AsSpan(0, read)) != _fingerprints[i])
                {
                    throw new DataFormatException(file, 0, 0, null, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"changed while it was being imported (bytes {offset:N0}–{offset + expected:N0} differ from those read): import it again once it is complete"));
                }

                sha.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
