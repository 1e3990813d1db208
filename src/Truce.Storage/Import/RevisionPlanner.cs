namespace Truce.Storage.Import;

/// <summary>
/// Decides, record by record, whether an import adds, revises or leaves alone, from the current
/// revisions of the store and what the file has shown so far. Shared by every engine.
/// </summary>
internal sealed class RevisionPlanner(RevisionMap known)
{
    /// <summary>Fetches the map's slot of a key that will be planned soon (<see cref="RevisionMap.Prefetch"/>).</summary>
    public void Prefetch(UInt128 key) => known.Prefetch(key);

    /// <summary>Plans one record.</summary>
    /// <param name="sourceId">The source's id of the record.</param>
    /// <param name="hash">Its content hash.</param>
    /// <param name="line">The line it starts on in this file (1-based).</param>
    /// <param name="previous">The current revision the new one supersedes (for <see cref="RevisionPlan.Revise"/>), or the first line in this file (for a conflict).</param>
    public RevisionPlan Plan(string sourceId, UInt128 hash, long line, out KnownRecord previous) => Plan(Key(sourceId), hash, line, out previous);

    /// <summary>Plans one record by its id's <see cref="Key"/>.</summary>
    public RevisionPlan Plan(UInt128 key, UInt128 hash, long line, out KnownRecord previous)
    {
        ref var entry = ref known.GetValueRefOrAddDefault(key, out var exists);
        previous = entry;
        if (!exists)
        {
            entry.Hash = hash;
            entry.LineInFile = line;
            entry.Revision = 1;
            return RevisionPlan.Add;
        }

        if (entry.Hash == hash)
        {
            entry.LineInFile = entry.LineInFile == 0 ? line : entry.LineInFile;
            return RevisionPlan.Unchanged;
        }

        if (entry.LineInFile != 0)
        {
            return RevisionPlan.ConflictInFile;
        }

        entry.Hash = hash;
        entry.LineInFile = line;
        entry.Revision++;
        return RevisionPlan.Revise;
    }

    /// <summary>
    /// The map key of a source id: its 128-bit XxHash. Keys hold no references, so a map of
    /// millions of ids costs the garbage collector nothing to trace; two ids would have to collide
    /// on 128 bits to be confused (about 1 in 10^20 for a billion ids).
    /// </summary>
    public static UInt128 Key(string sourceId) =>
        System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(sourceId.AsSpan()));
}
