namespace Truce.Storage.Import;

/// <summary>
/// What an import knows of one source id: the current stored revision (id, number, content hash),
/// and, once this file has shown the id, the line it was first seen on.
/// </summary>
/// <remarks>The hash comes first so that the record fills 48 bytes and a <see cref="RevisionMap"/> slot 64.</remarks>
internal struct KnownRecord
{
    public UInt128 Hash;
    public long RevisionId;
    public long LineInFile;
    public int Revision;
}
