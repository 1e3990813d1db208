using System.Runtime.InteropServices;

namespace Truce.Storage.Import;

/// <summary>
/// Decides, record by record, whether an import adds, revises or leaves alone, from the current
/// revisions of the store and what the file has shown so far. Shared by every engine.
/// </summary>
internal sealed class RevisionPlanner(Dictionary<string, KnownRecord> known)
{
    /// <summary>Plans one record.</summary>
    /// <param name="sourceId">The source's id of the record.</param>
    /// <param name="hash">Its content hash.</param>
    /// <param name="line">The line it starts on in this file (1-based).</param>
    /// <param name="previous">The current revision the new one supersedes (for <see cref="RevisionPlan.Revise"/>), or the first line in this file (for a conflict).</param>
    public RevisionPlan Plan(string sourceId, UInt128 hash, long line, out KnownRecord previous)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(known, sourceId, out var exists);
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
}
