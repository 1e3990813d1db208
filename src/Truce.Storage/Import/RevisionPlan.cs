namespace Truce.Storage.Import;

/// <summary>What to do with one incoming record.</summary>
internal enum RevisionPlan
{
    /// <summary>A source id the store has never seen: revision 1.</summary>
    Add,

    /// <summary>A known id whose content changed: a new revision supersedes the current one.</summary>
    Revise,

    /// <summary>Same content as the current revision (or as earlier in this file): nothing to write.</summary>
    Unchanged,

    /// <summary>This file already gave the id with other content.</summary>
    ConflictInFile,
}
