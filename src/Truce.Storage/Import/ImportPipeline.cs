using System.Collections.Concurrent;
using Truce.Domain.Errors;
using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Geo.Admin;

namespace Truce.Storage.Import;

/// <summary>
/// The reading half of an import, shared by every engine: runs on its own thread, reads and
/// checks records, plans revisions, assigns P-codes and hands batches and raw file chunks to the
/// store's writer through a bounded queue, so reading and writing overlap on two cores.
/// </summary>
internal sealed class ImportPipeline : IDisposable
{
    private const int BatchSize = 1024;

    private readonly ImportSource _source;
    private readonly ImportOptions _options;
    private readonly AdminLookup _lookup;
    private readonly Dictionary<EventDataset, RevisionPlanner> _planners;
    private readonly BlockingCollection<ImportWork> _queue = new(boundedCapacity: 6);

    public ImportPipeline(ImportSource source, ImportOptions options, AdminLookup lookup, Dictionary<EventDataset, Dictionary<string, KnownRecord>> known)
    {
        _source = source;
        _options = options;
        _lookup = lookup;
        _planners = known.ToDictionary(k => k.Key, k => new RevisionPlanner(k.Value));
    }

    public long Read { get; private set; }

    public long Rejected { get; private set; }

    public long Unchanged { get; private set; }

    public long HeaderLength { get; private set; }

    public long Bytes { get; private set; }

    /// <summary>Hex SHA-256 of the file, once reading has finished.</summary>
    public string Sha256 { get; private set; } = "";

    public IReadOnlyList<Formats.Reading.ImportWarning> Warnings { get; private set; } = [];

    public int WarningCount { get; private set; }

    /// <summary>Starts reading <paramref name="input"/> on a thread of its own; returns the work to consume.</summary>
    public (Task Reading, IEnumerable<ImportWork> Work) Start(Stream input, CancellationToken cancellationToken)
    {
        // Not started with the token: the reading thread must run to its finally, which ends the queue.
        var reading = Task.Factory.StartNew(() => Produce(input, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return (reading, _queue.GetConsumingEnumerable(CancellationToken.None));
    }

    private void Produce(Stream input, CancellationToken cancellationToken)
    {
        var blocked = new System.Diagnostics.Stopwatch();
        var total = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var tap = new ArchiveTap(input, (chunk, length, index) => _queue.Add(ImportWork.OfChunk(chunk, length, index), cancellationToken));
            using var reader = EventReaders.Open(_source.Format, tap, _source.File, _options.ReaderOptions);
            var batch = new List<StagedEvent>(BatchSize);
            foreach (var row in reader.ReadEvents())
            {
                Read++;
                if ((Read & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _options.Progress?.Report(tap.Position);
                }

                if (row.Event is not { } ev)
                {
                    Reject(row.Reject!);
                    continue;
                }

                if (!_planners.TryGetValue(ev.Dataset, out var planner))
                {
                    throw new InvalidOperationException($"No revision planner for dataset {ev.Dataset}.");
                }

                var plan = planner.Plan(ev.SourceId, row.ContentHash, row.Line, out var previous);
                if (plan == RevisionPlan.Unchanged)
                {
                    Unchanged++;
                    continue;
                }

                if (plan == RevisionPlan.ConflictInFile)
                {
                    Reject(DuplicateId.Error(_source.File, row.Line, ev.SourceId, previous.LineInFile));
                    continue;
                }

                var admin = ev.HasPoint ? _lookup.Assign(ev.Longitude!.Value, ev.Latitude!.Value, ev.SupportedAdminLevel) : AdminCodes.None;
                var revise = plan == RevisionPlan.Revise;
                batch.Add(new StagedEvent(ev, row.Line, row.ContentHash, row.Offset, row.Length,
                    revise ? previous.Revision + 1 : 1, revise ? previous.RevisionId : 0, admin));
                if (batch.Count == BatchSize)
                {
                    blocked.Start();
                    _queue.Add(ImportWork.OfEvents(batch), cancellationToken);
                    blocked.Stop();
                    batch = new List<StagedEvent>(BatchSize);
                }
            }

            tap.Complete();
            if (batch.Count > 0)
            {
                _queue.Add(ImportWork.OfEvents(batch), cancellationToken);
            }

            HeaderLength = reader.HeaderLength;
            Bytes = tap.Position;
            Sha256 = tap.Sha256;
            Warnings = reader.Warnings;
            WarningCount = reader.WarningCount;
            _options.Progress?.Report(tap.Position);
        }
        finally
        {
            _queue.CompleteAdding();
            if (Environment.GetEnvironmentVariable("TRUCE_DEBUG_TIMING") is not null)
            {
                Console.Error.WriteLine($"reader total {total.Elapsed.TotalSeconds:0.00}s, blocked on queue {blocked.Elapsed.TotalSeconds:0.00}s");
            }
        }
    }

    public void Dispose() => _queue.Dispose();

    private void Reject(DataFormatException problem)
    {
        if (!_options.SkipBadRows)
        {
            throw problem;
        }

        Rejected++;
        _options.OnReject?.Invoke(problem);
    }
}
