using System.Globalization;
using Truce.Storage.Sites;

namespace Truce.Storage.Audit;

public static partial class AuditRecords
{
    /// <summary>A site revision's entry (<c>site.notify</c>, or <c>site.withdraw</c> for a withdrawal): its id, revision and number of recipients, and a commitment to the rest.</summary>
    public static AuditRecord SiteRevision(StoredSite stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(stored.Withdrawn ? AuditActions.SiteWithdraw : AuditActions.SiteNotify, Site(stored.Site.Id), SiteDigests.Site(stored),
            [Pair("revision", stored.Revision), Pair("recipients", stored.Recipients.Count)]);
    }

    public static AuditClaim SiteRevisionClaim(StoredSite stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(stored.Withdrawn ? AuditActions.SiteWithdraw : AuditActions.SiteNotify, Site(stored.Site.Id), SiteDigests.Site(stored), [Pair("revision", stored.Revision)]);
    }

    /// <summary>A group of logged checks: the first check's id, how many checks and targets, who asked, and the group's commitment (<see cref="CheckCommitment"/>).</summary>
    public static AuditRecord Checks(long firstId, long checks, long targets, IEnumerable<string> principals, string commitment) =>
        new(AuditActions.SiteChecks, ChecksSubject(firstId), commitment, ChecksDetail(checks, targets, principals));

    public static AuditClaim ChecksClaim(long firstId, long checks, long targets, IEnumerable<string> principals, string commitment) =>
        new(AuditActions.SiteChecks, ChecksSubject(firstId), commitment, ChecksDetail(checks, targets, principals));

    public static AuditRecord Alert(ProbeAlert alert) =>
        new(AuditActions.SiteAlert, AlertSubject(alert), SiteDigests.Alert(alert), AlertDetail(alert));

    public static AuditClaim AlertClaim(ProbeAlert alert) =>
        new(AuditActions.SiteAlert, AlertSubject(alert), SiteDigests.Alert(alert), AlertDetail(alert));

    public static AuditRecord Budget(string principal, long perDay) =>
        new(AuditActions.SiteBudget, $"budget:{principal}", null, [Pair("per_day", perDay)]);

    public static AuditClaim BudgetClaim(string principal, long perDay) =>
        new(AuditActions.SiteBudget, $"budget:{principal}", null, [Pair("per_day", perDay)]);

    /// <summary>Attack reports stored by one call: the first one's id, how many, and a commitment to them (<see cref="SiteDigests.Attacks"/>).</summary>
    public static AuditRecord Attacks(long firstId, long reports, string commitment) =>
        new(AuditActions.SiteAttacks, AttacksSubject(firstId), commitment, [Pair("reports", reports)]);

    public static AuditClaim AttacksClaim(long firstId, long reports, string commitment) =>
        new(AuditActions.SiteAttacks, AttacksSubject(firstId), commitment, [Pair("reports", reports)]);

    public static AuditRecord PartyActor(PartyActor link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new(AuditActions.PartyActor, $"party:{link.Party}", null, [Pair("actor", link.Actor)]);
    }

    public static AuditClaim PartyActorClaim(PartyActor link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new(AuditActions.PartyActor, $"party:{link.Party}", null, [Pair("actor", link.Actor)]);
    }

    private static string Site(string id) => $"site:{id}";

    private static string ChecksSubject(long firstId) => string.Create(CultureInfo.InvariantCulture, $"checks:{firstId}");

    private static string AttacksSubject(long firstId) => string.Create(CultureInfo.InvariantCulture, $"attacks:{firstId}");

    private static string AlertSubject(ProbeAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return string.Create(CultureInfo.InvariantCulture, $"alert:{alert.Id}");
    }

    private static KeyValuePair<string, string>[] ChecksDetail(long checks, long targets, IEnumerable<string> principals) =>
        [Pair("checks", checks), Pair("targets", targets), Pair("principals", string.Join(" ", principals.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))];

    private static KeyValuePair<string, string>[] AlertDetail(ProbeAlert alert) =>
        [Pair("principal", alert.Principal), Pair("sites", alert.SiteIds.Count)];
}
