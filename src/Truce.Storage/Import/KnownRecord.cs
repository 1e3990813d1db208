namespace Truce.Storage.Import;

/// <summary>
/// What an import knows of one source id: the current stored revision (id, number, content hash),
/// and, once this file has shown the id, the line it was first seen on.
/// </summary>
internal struct KnownRecord
{
    public long RevisionId;
    public int Revision;
    public UInt128 Hash;
    public long LineInFile;
}
