namespace Truce.Storage.Audit;

/// <summary>The actions the log records, one per kind of write.</summary>
public static class AuditActions
{
    public const string EventsImport = "events.import";
    public const string BoundariesImport = "boundaries.import";
    public const string ReferencesSave = "references.save";
    public const string VerdictsRun = "verdicts.run";
    public const string EvidenceAdd = "evidence.add";
    public const string SourcesAdd = "sources.add";
    public const string SourcesLink = "sources.link";
    public const string GradesAdd = "grades.add";
    public const string UsersAdd = "users.add";
    public const string UsersDisable = "users.disable";
    public const string UsersEnable = "users.enable";
    public const string TokensCreate = "tokens.create";
    public const string TokensRevoke = "tokens.revoke";
    public const string Login = "auth.login";
    public const string SiteNotify = "site.notify";
    public const string SiteWithdraw = "site.withdraw";
    public const string SiteChecks = "site.checks";
    public const string SiteAlert = "site.alert";
    public const string SiteBudget = "site.budget";
    public const string SiteAttacks = "site.attacks";
    public const string PartyActor = "party.actor";

    /// <summary>Entries appended when a database that predates the log first opened with it: its earlier writes, recorded late.</summary>
    public const string Backfilled = "backfilled";
}
