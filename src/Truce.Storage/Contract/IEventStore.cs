using Truce.Domain.Events;
using Truce.Geo.Admin;
using Truce.Storage.Import;
using Truce.Storage.Queries;
using Truce.Storage.Stats;

namespace Truce.Storage.Contract;

/// <summary>
/// The store of the event record, shaped by what Truce does with it. One implementation per engine
/// (SQLite embedded, PostgreSQL for servers); the same test suite runs against each.
/// </summary>
/// <remarks>
/// Writes are all-or-nothing per call. Records are revised, never overwritten: a changed source
/// record becomes a new revision and the old one is marked superseded. Implementations are not
/// required to be thread-safe; open one store per thread of work.
/// </remarks>
public interface IEventStore : IDisposable
{
    /// <summary>
    /// Imports every record of an event file in one transaction, and keeps the file itself (see
    /// <see cref="SourceArchive"/>). Reading and writing run on two threads. A file that brings
    /// nothing new (every record unchanged or rejected) leaves the store exactly as it was.
    /// </summary>
    /// <param name="input">The file's bytes, read once to the end.</param>
    /// <param name="source">The file's name and format (an event format).</param>
    /// <param name="options">Strictness, rejects, progress.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written.</param>
    /// <exception cref="Domain.Errors.DataFormatException">A bad record in strict mode; nothing is written.</exception>
    ImportReceipt ImportEvents(Stream input, ImportSource source, ImportOptions options, CancellationToken cancellationToken = default);

    /// <summary>Imports a boundary layer in one transaction and re-assigns P-codes of current events.</summary>
    /// <param name="boundaries">The layer's features.</param>
    /// <param name="source">The file's name and format.</param>
    /// <param name="sha256">Hex SHA-256 of the file, when known.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written.</param>
    BoundaryReceipt ImportBoundaries(IReadOnlyList<AdminBoundary> boundaries, ImportSource source, string? sha256, CancellationToken cancellationToken = default);

    /// <summary>The current version of every boundary of the given levels (all levels when empty).</summary>
    IReadOnlyList<AdminBoundary> Boundaries(params AdminLevel[] levels);

    /// <summary>Event revisions matching <paramref name="query"/>, ordered by date, dataset and source id.</summary>
    IEnumerable<EventRevision> Events(EventQuery query);

    /// <summary>How many event revisions match <paramref name="query"/>, ignoring its limit and offset.</summary>
    long CountEvents(EventQuery query);

    /// <summary>The box around every current event's point (WGS 84 degrees); null when no current event has one.</summary>
    BoundingBox? Extent();

    /// <summary>Every revision of one source record, oldest first.</summary>
    IReadOnlyList<EventRevision> History(EventDataset dataset, string sourceId);

    /// <summary>Counts and fatality sums by period and group.</summary>
    IReadOnlyList<StatsRow> Stats(StatsQuery query);

    /// <summary>Totals for a quick look at what the store holds.</summary>
    StoreSummary Summary();
}
