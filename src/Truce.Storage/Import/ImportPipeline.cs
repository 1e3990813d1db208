using System.Collections.Concurrent;
using Truce.Domain.Errors;
using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Geo.Admin;

namespace Truce.Storage.Import;

/// <summary>
/// The reading half of an import, shared by every engine: one thread reads, checks and plans
/// records; another hashes and compresses the file's chunks; both hand their work to the store's
/// writer through a bounded queue, and the writer places events (<see cref="Place"/>) as it writes.
/// </summary>
internal sealed class ImportPipeline : IDisposable
{
    private const int BatchSize = 512;

    /// <summary>Records read ahead of the one being planned (<see cref="RevisionMap.Prefetch"/>).</summary>
    private const int Lookahead = 8;

    private readonly ImportSource _source;
    private readonly ImportOptions _options;
    private readonly Lazy<AdminLookup> _lookup;
    private readonly Dictionary<EventDataset, RevisionPlanner> _planners;
    private readonly BlockingCollection<ImportWork> _queue = new(boundedCapacity: 32);
    private readonly BlockingCollection<(byte[] Raw, int Length, int Index)> _raw = new(boundedCapacity: 8);
    private readonly PlacementCache _placed = new();
    private readonly SourceDigest _digest;
    private long _start;

    /// <param name="source">The file's name and format.</param>
    /// <param name="options">How strict to be, and whom to tell.</param>
    /// <param name="lookup">Builds the P-code lookup (on a thread of its own, while the first records are read).</param>
    /// <param name="known">The current revision of each stored id, by dataset.</param>
    /// <param name="digestLater">Take the file's SHA-256 in a second read (<see cref="StartSecondRead"/>) instead of as it is read; the input must be seekable.</param>
    public ImportPipeline(ImportSource source, ImportOptions options, Func<AdminLookup> lookup, Dictionary<EventDataset, RevisionMap> known, bool digestLater = false)
    {
        _digest = new SourceDigest(digestLater);
        _source = source;
        _options = options;
        _lookup = new Lazy<AdminLookup>(lookup, LazyThreadSafetyMode.ExecutionAndPublication);
        _planners = known.ToDictionary(k => k.Key, k => new RevisionPlanner(k.Value));
    }

    public long Read { get; private set; }

    public long Rejected { get; private set; }

    public long Unchanged { get; private set; }

    public long HeaderLength { get; private set; }

    public long Bytes { get; private set; }

    public IReadOnlyList<Formats.Reading.ImportWarning> Warnings { get; private set; } = [];

    public int WarningCount { get; private set; }

    /// <summary>Starts reading <paramref name="input"/> on a thread of its own; returns the work to consume.</summary>
    public (Task Reading, IEnumerable<ImportWork> Work) Start(Stream input, CancellationToken cancellationToken)
    {
        _start = input.CanSeek ? input.Position : 0;

        // The point-in-polygon grid takes a moment to build: build it while the first records are read.
        _ = Task.Run(() => _lookup.Value, CancellationToken.None);

        // Not started with the token: each thread must run to its finally, which ends its queue.
        var archiving = Task.Factory.StartNew(() => Archive(cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var reading = Task.Factory.StartNew(() => Produce(input, archiving, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return (reading, _queue.GetConsumingEnumerable(CancellationToken.None));
    }

    /// <summary>Hex SHA-256 of the bytes imported, once the work is consumed (and, if it was left for later, read again).</summary>
    /// <exception cref="DataFormatException">The file changed between the two reads.</exception>
    public string Digest() => _digest.Hex();

    /// <summary>When the digest was left for later: starts the second read of the input. Call once the work is consumed.</summary>
    public void StartSecondRead(Stream input, CancellationToken cancellationToken) =>
        _digest.StartSecondRead(input, _start, Bytes, _source.File, cancellationToken);

    /// <summary>Whether a second read of the input is taking the digest (<see cref="StartSecondRead"/> was called and there was one to start).</summary>
    public bool ReadingAgain => _digest.ReadingAgain;

    /// <summary>
    /// The P-codes of an event, down to the level its precision supports. Called by the writer
    /// (the reading thread is the busier one), from that thread only. Geocoded event data repeats
    /// points a lot, so recent answers are remembered per (point, level) (<see cref="PlacementCache"/>).
    /// </summary>
    public AdminCodes Place(ConflictEvent ev)
    {
        if (!ev.HasPoint)
        {
            return AdminCodes.None;
        }

        var (longitude, latitude, level) = (ev.Longitude!.Value, ev.Latitude!.Value, ev.SupportedAdminLevel);
        if (_placed.TryGet(longitude, latitude, level, out var codes))
        {
            return codes;
        }

        codes = _lookup.Value.Assign(longitude, latitude, level);
        _placed.Set(longitude, latitude, level, codes);
        return codes;
    }

    /// <summary>
    /// The third thread: hashes the file (SHA-256 or, when that is left for later, a fingerprint of
    /// each chunk; in order) and compresses its chunks while the reader parses and the writer writes,
    /// so all three share the two cores.
    /// </summary>
    private void Archive(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (raw, length, index) in _raw.GetConsumingEnumerable(CancellationToken.None))
            {
                _digest.Add(raw, length);
                var compressed = System.Buffers.ArrayPool<byte>.Shared.Rent(SourceArchive.MaxCompressedLength);
                var written = SourceArchive.Compress(raw.AsSpan(0, length), compressed);
                System.Buffers.ArrayPool<byte>.Shared.Return(raw);
                _queue.Add(ImportWork.OfChunk(compressed, written, length, index), cancellationToken);
            }
        }
        catch
        {
            // Keep taking chunks so the reader never blocks on a full queue, then fail the import.
            foreach (var _ in _raw.GetConsumingEnumerable(CancellationToken.None))
            {
            }

            throw;
        }

        _digest.Complete();
    }

    private void Produce(Stream input, Task archiving, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var tap = new ArchiveTap(input, (chunk, length, index) => _raw.Add((chunk, length, index), cancellationToken));
            using var reader = EventReaders.Open(_source.Format, tap, _source.File, _options.ReaderOptions);
            var batch = new List<StagedEvent>(BatchSize);

            // Each record waits in a ring for Lookahead more to be read before it is planned, in
            // file order, while the processor fetches its id's slot in the revision map.
            var ring = new Pending[Lookahead];
            var next = 0;
            using var rows = reader.ReadEvents().GetEnumerator();
            while (true)
            {
                try
                {
                    if (!rows.MoveNext())
                    {
                        break;
                    }
                }
                catch (DataFormatException)
                {
                    // A bad record stops a strict import: the records before it are planned first,
                    // so that an earlier error (a conflicting duplicate id) is the one reported.
                    Drain(ring, next, ref batch, cancellationToken);
                    throw;
                }

                var row = rows.Current;
                Read++;
                if ((Read & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _options.Progress?.Report(tap.Position);
                }

                var pending = new Pending(row);
                if (row.Event is { } ev)
                {
                    if (!_planners.TryGetValue(ev.Dataset, out var planner))
                    {
                        throw new InvalidOperationException($"No revision planner for dataset {ev.Dataset}.");
                    }

                    pending = new Pending(row, planner, RevisionPlanner.Key(ev.SourceId));
                    planner.Prefetch(pending.Key);
                }

                if (Read > Lookahead)
                {
                    Plan(ring[next], ref batch, cancellationToken);
                }

                ring[next] = pending;
                next = (next + 1) % Lookahead;
            }

            Drain(ring, next, ref batch, cancellationToken);
            tap.Complete();
            if (batch.Count > 0)
            {
                _queue.Add(ImportWork.OfEvents(batch), cancellationToken);
            }

            HeaderLength = reader.HeaderLength;
            Bytes = tap.Position;
            Warnings = reader.Warnings;
            WarningCount = reader.WarningCount;
            _options.Progress?.Report(tap.Position);
        }
        finally
        {
            _raw.CompleteAdding();
            try
            {
                archiving.Wait(CancellationToken.None);
            }
            finally
            {
                _queue.CompleteAdding();
            }
        }
    }

    /// <summary>Plans the records still in the ring, oldest first (<paramref name="next"/> is the oldest once the ring is full).</summary>
    private void Drain(Pending[] ring, int next, ref List<StagedEvent> batch, CancellationToken cancellationToken)
    {
        for (var i = (int)Math.Max(0, Lookahead - Read); i < Lookahead; i++)
        {
            Plan(ring[(next + i) % Lookahead], ref batch, cancellationToken);
        }
    }

    /// <summary>Adds, revises, leaves alone or rejects one record read earlier; full batches go to the writer.</summary>
    private void Plan(in Pending pending, ref List<StagedEvent> batch, CancellationToken cancellationToken)
    {
        var row = pending.Row;
        if (row.Event is not { } ev)
        {
            Reject(row.Reject!);
            return;
        }

        var plan = pending.Planner!.Plan(pending.Key, row.ContentHash, row.Line, out var previous);
        if (plan == RevisionPlan.Unchanged)
        {
            Unchanged++;
            return;
        }

        if (plan == RevisionPlan.ConflictInFile)
        {
            Reject(DuplicateId.Error(_source.File, row.Line, ev.SourceId, previous.LineInFile));
            return;
        }

        var revise = plan == RevisionPlan.Revise;
        batch.Add(new StagedEvent(ev, row.Line, row.ContentHash, row.Offset, row.Length,
            revise ? previous.Revision + 1 : 1, revise ? previous.RevisionId : 0));
        if (batch.Count == BatchSize)
        {
            _queue.Add(ImportWork.OfEvents(batch), cancellationToken);
            batch = new List<StagedEvent>(BatchSize);
        }
    }

    /// <summary>A record read and not yet planned, with its id's key in the map of its dataset.</summary>
    private readonly record struct Pending(Formats.Reading.EventRow Row, RevisionPlanner? Planner = null, UInt128 Key = default);

    public void Dispose()
    {
        _digest.Dispose();
        _queue.Dispose();
        _raw.Dispose();
    }

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
