namespace Truce.Storage.Audit;

/// <summary>The actions the log records, one per kind of write.</summary>
public static class AuditActions
{
    public const string EventsImport = "events.import";
    public const string BoundariesImport = "boundaries.import";
    public const string ReferencesSave = "references.save";
    public const string VerdictsRun = "verdicts.run";
    public const string AuditVerify = "audit.verify";

    /// <summary>Entries appended when a database that predates the log first opened with it: its earlier writes, recorded late.</summary>
    public const string Backfilled = "backfilled";
}
