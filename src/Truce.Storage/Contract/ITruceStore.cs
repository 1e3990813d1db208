namespace Truce.Storage.Contract;

/// <summary>
/// One database of Truce: the event record, adjudication inputs and verdicts, the map's lean
/// reads, the sources, evidence files and credibility grades, users and tokens, protected sites and the check log, and the audit log
/// of every write. Implemented once per engine — SQLite (embedded, one file) and PostgreSQL with
/// PostGIS (server deployments) — and tested by one suite run against both.
/// </summary>
public interface ITruceStore : IEventStore, IAdjudicationStore, IMapStore, IAuditStore, IEvidenceStore, IAccessStore, ISiteStore
{
    /// <summary>Where the store lives, safe to print (a file path, or a server and database without password).</summary>
    string Location { get; }

    /// <summary>
    /// Group commit: runs <paramref name="writes"/> — small writes of this store (evidence, sources,
    /// grades, users, tokens, sign-ins, audit entries) — in one transaction that commits once (one
    /// flush to disk for all of them). Nothing is durable until this returns.
    /// </summary>
    /// <param name="writes">The writes.</param>
    /// <param name="isolated">
    /// True: each write runs under a savepoint, so one that throws is undone alone (its exception
    /// leaves its own call, and <paramref name="writes"/> may catch it and go on). False: no
    /// savepoints (fewer round trips) — a write that throws must end the batch, which then commits nothing.
    /// </param>
    void Batch(Action writes, bool isolated = true);
}
