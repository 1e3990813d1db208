using Truce.Domain.Sources;
using Truce.Storage.Audit;

namespace Truce.Storage.Sites;

/// <summary>
/// A group of checks as one <c>RecordChecks</c> call writes it — rows, commitment, principals — and
/// the claims the stored rows make, grouped again by their audit entry. Shared by both engines.
/// </summary>
internal sealed class CheckGroup
{
    private CheckGroup(string author, long checks, long targets, IReadOnlyList<string> principals, string commitment)
    {
        Author = author;
        ChecksCount = checks;
        Targets = targets;
        Principals = principals;
        Commitment = commitment;
    }

    /// <summary>Who records the group.</summary>
    public string Author { get; }

    public long ChecksCount { get; }

    public long Targets { get; }

    public IReadOnlyList<string> Principals { get; }

    public string Commitment { get; }

    /// <summary>Checks every record and makes the rows to store and the group's commitment.</summary>
    /// <exception cref="ArgumentException">No checks.</exception>
    /// <exception cref="Domain.Errors.BadFieldException">A bad record or author.</exception>
    public static (CheckRow[] Rows, CheckGroup Group) Of(IReadOnlyList<CheckRecord> checks, string author)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (checks.Count == 0)
        {
            throw new ArgumentException("A group of checks has at least one check.", nameof(checks));
        }

        var who = Authors.Check(author);
        var rows = new CheckRow[checks.Count];
        var principals = new HashSet<string>(StringComparer.Ordinal);
        using var commitment = new CheckCommitment();
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = CheckRow.Of(SiteInput.Checked(checks[i]));
            commitment.Add(rows[i]);
            principals.Add(rows[i].Principal);
        }

        var targets = commitment.Targets;
        return (rows, new CheckGroup(who, rows.Length, targets, [.. principals], commitment.Finish()));
    }

    /// <summary>The group's audit entry, once its first check's id is known.</summary>
    public AuditRecord Entry(long firstId) => AuditRecords.Checks(firstId, ChecksCount, Targets, Principals, Commitment);

    /// <summary>One claim per audit entry the rows name, from rows ordered by entry, then id.</summary>
    public static IEnumerable<AuditClaim> Claims(IEnumerable<(long Id, long Seq, CheckRow Row)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var commitment = new CheckCommitment();
        var principals = new HashSet<string>(StringComparer.Ordinal);
        long seq = -1, first = 0;
        foreach (var (id, s, row) in rows)
        {
            if (s != seq)
            {
                if (seq >= 0)
                {
                    yield return Claim(first, commitment, principals);
                }

                seq = s;
                first = id;
            }

            commitment.Add(row);
            principals.Add(row.Principal);
        }

        if (seq >= 0)
        {
            yield return Claim(first, commitment, principals);
        }
    }

    private static AuditClaim Claim(long first, CheckCommitment commitment, HashSet<string> principals)
    {
        var (checks, targets) = (commitment.Checks, commitment.Targets);
        var claim = AuditRecords.ChecksClaim(first, checks, targets, [.. principals], commitment.Finish());
        principals.Clear();
        return claim;
    }
}
