namespace Truce.Storage.Import;

/// <summary>An engine's archived source files: what <see cref="RecordArchive"/> reads.</summary>
internal interface IArchivedFiles
{
    /// <summary>The import's format name, file name, header length and chunk size.</summary>
    /// <exception cref="InvalidDataException">The import is missing.</exception>
    ArchivedImport Import(long importId);

    /// <summary>One compressed chunk and its raw length.</summary>
    /// <exception cref="InvalidDataException">The chunk is missing.</exception>
    (int RawLength, byte[] Data) Chunk(long importId, int chunk);
}

/// <summary>What an import recorded about its archived file.</summary>
internal readonly record struct ArchivedImport(string Format, string File, int HeaderLength, int ChunkSize);
