namespace Truce.Storage.Adjudication;

/// <summary>Groups disputed verdicts into events (what <c>truce verdicts --disputed</c> and <c>/api/verdicts/disputed</c> list).</summary>
public static class DisputedEvents
{
    /// <param name="verdicts">Verdicts of one agreement (those not disputed are ignored).</param>
    /// <returns>Events by day then key (ordinal), each with its verdicts in stakeholder order.</returns>
    public static IReadOnlyList<DisputedEvent> Of(IEnumerable<StoredVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        return
        [
            .. verdicts.Where(v => v.Disputed)
                .GroupBy(v => (v.EventKey, v.Agreement))
                .Select(g => new DisputedEvent(g.Key.EventKey, g.First().Day, g.Key.Agreement, [.. g.OrderBy(v => v.Stakeholder, StringComparer.Ordinal)]))
                .OrderBy(e => e.Day).ThenBy(e => e.EventKey, StringComparer.Ordinal).ThenBy(e => e.Agreement, StringComparer.Ordinal),
        ];
    }
}
