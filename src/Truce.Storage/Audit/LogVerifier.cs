using System.Globalization;
using System.Security.Cryptography;
using Truce.Domain.Audit;
using Truce.Storage.Contract;

namespace Truce.Storage.Audit;

/// <summary>
/// Checks a whole audit log in one pass: every entry re-hashed and in sequence, every stored
/// subtree hash recomputed (level by level, as digests, so memory stays O(log n)), every stored
/// checkpoint's signature and root, a checkpoint held elsewhere (a rollback or truncation leaves
/// the log shorter than it; a fork gives another root at its size), and the store's own tables
/// against the log, both ways.
/// </summary>
public static class LogVerifier
{
    private const int Batch = 50_000;

    /// <param name="store">The store whose log is checked.</param>
    /// <param name="held">A signed checkpoint kept outside the database, if any.</param>
    /// <param name="trustedKey">The checkpoint key's public half, kept outside the database; without it the keys the database lists are used (and the report says so).</param>
    public static AuditReport Verify(IAuditStore store, string? held = null, ECDsa? trustedKey = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var problems = new List<string>();
        var origin = store.AuditOrigin();
        var size = store.AuditSize();
        var checkpoints = new List<SignedCheckpoint>();
        foreach (var note in store.AuditCheckpoints())
        {
            try
            {
                checkpoints.Add(SignedCheckpoint.Parse(note));
            }
            catch (FormatException e)
            {
                problems.Add($"A stored checkpoint is unreadable: {e.Message}");
            }
        }

        SignedCheckpoint? heldCheckpoint = null;
        if (held is not null)
        {
            try
            {
                heldCheckpoint = SignedCheckpoint.Parse(held);
            }
            catch (FormatException e)
            {
                problems.Add($"The checkpoint held elsewhere is unreadable: {e.Message}");
            }
        }

        var wanted = checkpoints.Select(c => c.Checkpoint.Size).Append(heldCheckpoint?.Checkpoint.Size ?? 0).ToHashSet();
        var roots = new Dictionary<long, byte[]> { [0] = MerkleHash.Empty() };
        var levels = new LevelDigests();
        var frontier = new MerkleFrontier();
        var entries = new EntryIndex();
        for (var start = 0L; start < size; start += Batch)
        {
            var expected = start;
            foreach (var stored in store.AuditEntries(start, Math.Min(size, start + Batch)))
            {
                if (stored.Seq != expected)
                {
                    problems.Add($"Entries {expected} to {stored.Seq - 1} are missing from the log.");
                    break;
                }

                var leaf = MerkleHash.Leaf(stored.Entry);
                if (!MerkleHash.Same(leaf, stored.Leaf))
                {
                    problems.Add($"Entry {stored.Seq}: its bytes do not hash to its stored leaf (the entry or the leaf was changed).");
                }

                entries.Add(stored, problems);
                frontier.Append(leaf, levels.Add);
                if (wanted.Contains(frontier.Size))
                {
                    roots[frontier.Size] = frontier.Root();
                }

                expected++;
            }

            if (expected < Math.Min(size, start + Batch))
            {
                problems.Add($"The log reports {size} entries but holds only {expected}: entries were removed.");
                size = expected;
                break;
            }
        }

        levels.Compare(store.AuditInnerNodes(), problems);
        var keyFromDatabase = trustedKey is null;
        var keys = trustedKey is not null ? [trustedKey] : KeysOf(store);
        try
        {
            foreach (var checkpoint in checkpoints)
            {
                Check(checkpoint, "A stored checkpoint", origin, size, roots, keys, problems);
            }

            if (heldCheckpoint is not null)
            {
                Check(heldCheckpoint, "The checkpoint held elsewhere", origin, size, roots, keys, problems);
            }
        }
        finally
        {
            if (keyFromDatabase)
            {
                foreach (var key in keys)
                {
                    key.Dispose();
                }
            }
        }

        var matched = entries.Match(store.AuditClaims(), problems);
        return new AuditReport(origin, size, frontier.Root(), checkpoints.Count, heldCheckpoint is not null, matched, keyFromDatabase, problems);
    }

    private static void Check(SignedCheckpoint signed, string what, string origin, long size, Dictionary<long, byte[]> roots, IReadOnlyList<ECDsa> keys, List<string> problems)
    {
        var head = signed.Checkpoint;
        var at = string.Create(CultureInfo.InvariantCulture, $"{what} (size {head.Size}, {head.Time:yyyy-MM-ddTHH:mm:ssZ})");
        if (!keys.Any(k => signed.IsSignedBy(k, signed.KeyName)))
        {
            problems.Add($"{at} is not signed by the log's key.");
        }

        if (!string.Equals(head.Origin, origin, StringComparison.Ordinal))
        {
            problems.Add($"{at} names the log '{head.Origin}', not this log '{origin}'.");
        }

        if (head.Size > size)
        {
            problems.Add($"{at} is ahead of the log, which holds {size} entries: the log was truncated or rolled back.");
        }
        else if (!roots.TryGetValue(head.Size, out var root) || !MerkleHash.Same(root, head.Root))
        {
            problems.Add($"{at} has another root than the log at that size: the log was rewritten (a fork).");
        }
    }

    private static List<ECDsa> KeysOf(IAuditStore store)
    {
        var keys = new List<ECDsa>();
        foreach (var (_, der) in store.AuditKeys())
        {
            var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(der, out _);
            keys.Add(key);
        }

        return keys;
    }
}
