using Truce.Domain.Audit;
using Truce.Storage.Audit;

namespace Truce.Storage.Contract;

/// <summary>
/// The tamper-evident log of every write: an RFC 6962 Merkle tree whose entries are appended in
/// the same transaction as the write they describe (so the log and the store never disagree, even
/// after a crash), with signed checkpoints of its tree head.
/// </summary>
public interface IAuditStore
{
    /// <summary>Who the writes made through this store are recorded as (e.g. <c>cli:alice</c>, <c>user:monitor-1</c>).</summary>
    string Author { get; set; }

    /// <summary>The log's name, fixed when the log was created (<c>truce/</c> and 16 random hex digits).</summary>
    string AuditOrigin();

    /// <summary>How many entries the log holds.</summary>
    long AuditSize();

    /// <summary>Entries from <paramref name="first"/> up to (not including) <paramref name="limit"/>, in order.</summary>
    IEnumerable<StoredEntry> AuditEntries(long first, long limit);

    /// <summary>The stored hashes of perfect subtrees (level 0 being the leaves), for proofs.</summary>
    INodeReader AuditNodes();

    /// <summary>Every stored inner node (level ≥ 1), for verification.</summary>
    IEnumerable<KeyValuePair<NodeId, byte[]>> AuditInnerNodes();

    /// <summary>Appends one entry that no other write carries (a login, a verification run), in its own transaction.</summary>
    AuditEntry Audit(AuditRecord record);

    /// <summary>Signs and stores a checkpoint of the current tree when it grew since the last one (or there is none); returns the newest checkpoint.</summary>
    SignedCheckpoint? Checkpoint(AuditKey key);

    /// <summary>Every stored checkpoint, oldest first, as signed text.</summary>
    IReadOnlyList<string> AuditCheckpoints();

    /// <summary>The public keys that signed checkpoints (SubjectPublicKeyInfo DER) by key name.</summary>
    IReadOnlyList<KeyValuePair<string, byte[]>> AuditKeys();

    /// <summary>The writes the store's own tables show, each of which the log must hold.</summary>
    IEnumerable<AuditClaim> AuditClaims();
}
