using Truce.Domain.Deconfliction;
using Truce.Storage.Sites;

namespace Truce.Storage.Contract;

/// <summary>
/// Protected sites (issue 7): notifications and their revisions, the log of strike checks, probing
/// alerts, check budgets, attack reports and which actor each party is. Everything here is
/// confidential to the monitor (and a site to its owner): the server filters by caller, the store does not.
/// </summary>
/// <remarks>
/// Every write runs in one transaction of its own with its audit entry, which names sites and
/// principals but holds locations and targets only as SHA-256 commitments (so that readers of the
/// audit log learn no coordinate). Nothing is overwritten: a change to a site is a new revision;
/// withdrawing a site is a revision too. Bad values throw <see cref="Domain.Errors.BadFieldException"/>
/// naming the field before anything is written.
/// </remarks>
public interface ISiteStore
{
    /// <summary>Notifies a new site or a new revision of a known one (by id); returns it as stored.</summary>
    /// <exception cref="Domain.Errors.BadFieldException">A bad field (empty id, no contact, window reversed, bad recipient name) or author; a change without a reason.</exception>
    StoredSite NotifySite(SiteNotice notice, string author);

    /// <summary>Notifies many sites in one transaction (all or nothing), e.g. a file of sites; one audit entry each.</summary>
    IReadOnlyList<StoredSite> NotifySites(IReadOnlyList<SiteNotice> notices, string author);

    /// <summary>Withdraws a site from now (a new revision marked withdrawn); null when there is no such site or it was withdrawn already.</summary>
    StoredSite? WithdrawSite(string siteId, string reason, string author);

    /// <summary>The latest revision of every site (withdrawn ones included, marked), by id; as stood at <paramref name="asOf"/> (recorded time) when given.</summary>
    IReadOnlyList<StoredSite> Sites(DateTimeOffset? asOf = null);

    /// <summary>Every revision of one site, oldest first; empty when unknown.</summary>
    IReadOnlyList<StoredSite> SiteHistory(string siteId);

    /// <summary>A number that changes whenever a site is notified, changed or withdrawn (for caches).</summary>
    long SitesVersion();

    /// <summary>
    /// Logs a group of checks in one transaction with one <c>site.checks</c> audit entry committing
    /// to all of them (SHA-256 over their canonical form); returns the entry's index.
    /// </summary>
    long RecordChecks(IReadOnlyList<CheckRecord> checks, string author);

    /// <summary>Logged checks, oldest first, filtered by principal or party and answer time (both bounds inclusive), at most <paramref name="limit"/>.</summary>
    IReadOnlyList<StoredCheck> Checks(string? principal = null, string? party = null, DateTimeOffset? since = null, DateTimeOffset? until = null, int limit = int.MaxValue);

    /// <summary>Targets checked by <paramref name="principal"/> since <paramref name="since"/> (answered and refused), for budgets after a restart.</summary>
    long CheckedTargets(string principal, DateTimeOffset since);

    /// <summary>Stores a probing alert; returns it with its id.</summary>
    ProbeAlert RecordAlert(ProbeAlert alert, string author);

    /// <summary>Alerts, newest first, optionally for one principal.</summary>
    IReadOnlyList<ProbeAlert> Alerts(string? principal = null);

    /// <summary>Sets a principal's daily budget (or the default <c>*</c>, or <c>global</c>); the latest setting wins.</summary>
    CheckBudget SetBudget(string principal, long perDay, string author);

    /// <summary>The current budgets, by principal.</summary>
    IReadOnlyList<CheckBudget> Budgets();

    /// <summary>Stores reports of attacks on sites (e.g. the rows of <c>protected_sites.csv</c>); reports already stored (same source file and row) are skipped. Returns how many were new.</summary>
    int AddAttackReports(IReadOnlyList<SiteAttackReport> reports, string author);

    /// <summary>Every attack report, by site then source row.</summary>
    IReadOnlyList<SiteAttackReport> AttackReports();

    /// <summary>Links a party to an actor name; false when it already was.</summary>
    bool LinkPartyActor(PartyActor link, string author);

    /// <summary>Every party–actor link.</summary>
    IReadOnlyList<PartyActor> PartyActors();
}
