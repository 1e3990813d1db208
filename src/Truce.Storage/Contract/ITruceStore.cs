namespace Truce.Storage.Contract;

/// <summary>
/// One database of Truce: the event record, adjudication inputs and verdicts, users and tokens, and the map's lean
/// reads. Implemented once per engine — SQLite (embedded, one file) and PostgreSQL with PostGIS
/// (server deployments) — and tested by one suite run against both.
/// </summary>
public interface ITruceStore : IEventStore, IAdjudicationStore, IMapStore, IAccessStore
{
    /// <summary>Where the store lives, safe to print (a file path, or a server and database without password).</summary>
    string Location { get; }
}
