using System.Globalization;

namespace Truce.Storage.Audit;

/// <summary>
/// The log's entries about store records (imports, reference files, verdict runs), by action,
/// subject and SHA-256, to match against what the store's tables show — both ways: a record with
/// no entry was written behind the log's back; an entry with no record was undone behind it.
/// </summary>
internal sealed class EntryIndex
{
    private static readonly HashSet<string> StoreActions =
        [AuditActions.EventsImport, AuditActions.BoundariesImport, AuditActions.ReferencesSave, AuditActions.VerdictsRun,
         AuditActions.EvidenceAdd, AuditActions.SourcesAdd, AuditActions.SourcesLink, AuditActions.GradesAdd,
         AuditActions.UsersAdd, AuditActions.TokensCreate, AuditActions.TokensRevoke, AuditActions.Login,
         AuditActions.SiteNotify, AuditActions.SiteWithdraw, AuditActions.SiteChecks, AuditActions.SiteAlert, AuditActions.SiteBudget,
         AuditActions.SiteAttacks, AuditActions.PartyActor];

    private readonly Dictionary<(string Action, string Subject, string? Sha256), List<(long Seq, IReadOnlyList<KeyValuePair<string, string>> Detail)>> _entries = [];

    public void Add(StoredEntry stored, List<string> problems)
    {
        AuditEntry entry;
        try
        {
            entry = AuditEntry.Parse(stored.Entry);
        }
        catch (FormatException e)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Entry {stored.Seq} is not an audit entry: {e.Message}"));
            return;
        }

        if (entry.Seq != stored.Seq)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Entry {stored.Seq} says it is entry {entry.Seq}: entries were moved."));
        }

        if (StoreActions.Contains(entry.Record.Action))
        {
            var key = (entry.Record.Action, entry.Record.Subject, entry.Record.Sha256);
            if (!_entries.TryGetValue(key, out var list))
            {
                _entries[key] = list = [];
            }

            list.Add((entry.Seq, entry.Record.Detail));
        }
    }

    /// <summary>Matches every claim to an entry, reports the unmatched on both sides, and returns how many matched.</summary>
    public long Match(IEnumerable<AuditClaim> claims, List<string> problems)
    {
        long matched = 0;
        foreach (var claim in claims)
        {
            var key = (claim.Action, claim.Subject, claim.Sha256);
            var found = _entries.TryGetValue(key, out var list) ? list.FindIndex(e => claim.Detail.All(e.Detail.Contains)) : -1;
            if (found < 0)
            {
                var near = list is { Count: > 0 } ? $" (the log's entry {list[0].Seq} says otherwise: {Describe(list[0].Detail)})" : "";
                problems.Add($"The store holds {claim.Subject} ({claim.Action}, {Describe(claim.Detail)}) that the log does not record{near}: it was written or changed behind the log.");
                continue;
            }

            list!.RemoveAt(found);
            matched++;
        }

        foreach (var ((action, subject, _), list) in _entries)
        {
            foreach (var (seq, _) in list)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"The log's entry {seq} records {subject} ({action}), which the store does not hold: it was removed or rolled back behind the log."));
            }
        }

        return matched;
    }

    private static string Describe(IReadOnlyList<KeyValuePair<string, string>> detail) =>
        detail.Count == 0 ? "no details" : string.Join(", ", detail.Select(d => $"{d.Key}={d.Value}"));
}
