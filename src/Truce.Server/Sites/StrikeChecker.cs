using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NetTopologySuite.Geometries;
using Truce.Domain.Access;
using Truce.Domain.Deconfliction;
using Truce.Geo.Deconfliction;
using Truce.Storage.Sites;

namespace Truce.Server.Sites;

/// <summary>
/// Runs a party's (or the monitor's) strike checks the way issue 7 asks: refuses a throttled
/// principal or one whose budget is spent, answers from the caller's index (the sites notified to
/// its party), lets the probing detector see every target, logs the check (and any alert) durably
/// before answering, and answers at a deadline fixed by the request's size (<see cref="CheckTiming"/>),
/// released on the <see cref="DeadlineGate"/>'s clock once the log write is done.
/// </summary>
/// <remarks>Thread-safe (a singleton).</remarks>
public sealed partial class StrikeChecker(
    SiteIndexes indexes,
    CheckBudgets budgets,
    ProbeDetector detector,
    CheckLog log,
    DeadlineGate gate,
    TimeProvider clock,
    ILogger<StrikeChecker> logger)
{
    /// <summary>
    /// Checks <paramref name="targets"/> (points or polygons) with one radius and window for <paramref name="caller"/>,
    /// and makes the response to an answered check with <paramref name="respond"/> before the deadline, so that what
    /// happens after it (writing the response) depends on nothing but what the answer says.
    /// </summary>
    /// <returns>The result, and <paramref name="respond"/>'s response when the check was answered (null when refused).</returns>
    /// <exception cref="ArgumentException">No target, or the caller is anonymous.</exception>
    public async Task<(CheckResult Result, T? Response)> Check<T>(Caller caller, IReadOnlyList<Geometry> targets, double radiusMetres, DateTimeOffset from, DateTimeOffset to,
        Func<CheckResult, T> respond)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(respond);
        ArgumentException.ThrowIfNullOrEmpty(caller.User, nameof(caller));
        ArgumentOutOfRangeException.ThrowIfZero(targets.Count);
        var started = clock.GetTimestamp();
        var principal = $"user:{caller.User}";
        var party = caller.Role == Role.Party ? caller.Party : null;
        CheckResult result;
        Task written;
        if (detector.IsThrottled(principal, out var until))
        {
            result = new CheckResult(CheckOutcome.RefusedThrottled, [], until);
            written = log.Record(new CheckRecord(principal, party, clock.GetUtcNow(), targets, radiusMetres, from, to, CheckOutcome.RefusedThrottled, []));
        }
        else if (!budgets.TryTake(principal, targets.Count, out var retry))
        {
            result = new CheckResult(CheckOutcome.RefusedBudget, [], retry);
            written = log.Record(new CheckRecord(principal, party, clock.GetUtcNow(), targets, radiusMetres, from, to, CheckOutcome.RefusedBudget, []));
        }
        else
        {
            var evaluation = Evaluate(indexes.For(caller), targets, radiusMetres, from, to);
            result = new CheckResult(CheckOutcome.Answered, evaluation.Answers, null);

            // The log's writer thread stores the check while this one shows it to the detector.
            written = log.Record(new CheckRecord(principal, party, clock.GetUtcNow(), targets, radiusMetres, from, to, CheckOutcome.Answered, Conflicts(evaluation)));
            if (Observe(principal, evaluation, radiusMetres) is { } finding)
            {
                var alert = new ProbeAlert(0, principal, party, clock.GetUtcNow(), finding.Pattern, finding.Detail, finding.SiteIds, finding.Checks, finding.ThrottledUntil);
                ProbingAlert(logger, principal, finding.Pattern); // the pattern only: no site, no place in a log line
                written = Task.WhenAll(written, log.Record(alert));
            }
        }

        var response = result.Outcome == CheckOutcome.Answered ? respond(result) : null;

        // Released by the gate's clock at the deadline, once logged (the quantum after, when the work overran);
        // a failed write throws here, at the deadline. Not cut short when the caller goes: the wait is the deadline's.
        await gate.At(started, targets.Count, written).ConfigureAwait(false);
        await written.ConfigureAwait(false);
        return (result, response);
    }

    /// <summary>
    /// Answers every target, and for each notes the sites whose checked edge is near it (for the
    /// detector) and, for a conflict, the sites behind it (for the log) — in one pass, split over
    /// the cores for large batches.
    /// </summary>
    private Evaluation Evaluate(ProtectedSiteIndex index, IReadOnlyList<Geometry> targets, double radius, DateTimeOffset from, DateTimeOffset to)
    {
        var n = targets.Count;
        var result = new Evaluation(n);
        var band = detector.Options.BandMetres;
        var points = targets as PackedPoints;
        void Range(int start, int end)
        {
            var near = new List<string>();
            for (var i = start; i < end; i++)
            {
                double lat, lon;
                if (points is not null)
                {
                    (lat, lon) = (points.Latitude(i), points.Longitude(i));
                    result.Answers[i] = index.Check(lat, lon, radius, from, to);
                }
                else
                {
                    var target = targets[i];
                    (lat, lon) = target is Point p ? (p.Y, p.X) : (target.Centroid.Y, target.Centroid.X);
                    result.Answers[i] = index.Check(new StrikeRequest(target, radius, from, to));
                }

                (result.Latitudes[i], result.Longitudes[i], result.Conflicts[i]) = (lat, lon, !result.Answers[i].IsClear);
                near.Clear();
                if (index.NearBoundary(lat, lon, radius, from, to, band, near) > 0)
                {
                    result.Near[i] = [.. near];
                }

                if (result.Conflicts[i])
                {
                    result.Sites[i] = index.SitesInConflict(new StrikeRequest(targets[i], radius, from, to));
                }
            }
        }

        if (points is null || n < 4_096)
        {
            Range(0, n);
        }
        else
        {
            var chunk = Math.Max(4_096, n / (Environment.ProcessorCount * 8));
            Parallel.ForEach(Partitioner.Create(0, n, chunk), range => Range(range.Item1, range.Item2));
        }

        return result;
    }

    private ProbeFinding? Observe(string principal, Evaluation e, double radius) =>
        detector.ObserveBatchParallel(principal, e.Latitudes, e.Longitudes, radius, e.Conflicts, i => e.Near[i] ?? []);

    private static CheckConflict[] Conflicts(Evaluation e)
    {
        var conflicts = new List<CheckConflict>();
        var told = new Dictionary<CheckAnswer, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < e.Answers.Length; i++)
        {
            if (e.Conflicts[i])
            {
                var answer = e.Answers[i];
                if (!told.TryGetValue(answer, out var text))
                {
                    told[answer] = text = SiteAnswers.Told(answer);
                }

                conflicts.Add(new CheckConflict(i, text, e.Sites[i]!));
            }
        }

        return [.. conflicts];
    }

    /// <summary>What one pass over a request's targets found.</summary>
    private sealed class Evaluation(int n)
    {
        public CheckAnswer[] Answers { get; } = new CheckAnswer[n];

        public double[] Latitudes { get; } = new double[n];

        public double[] Longitudes { get; } = new double[n];

        public bool[] Conflicts { get; } = new bool[n];

        /// <summary>Per target, the sites whose checked edge is within the detector's band; null when none.</summary>
        public string[]?[] Near { get; } = new string[]?[n];

        /// <summary>Per target in conflict, the sites behind it.</summary>
        public IReadOnlyList<string>?[] Sites { get; } = new IReadOnlyList<string>?[n];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Probing alert for {Principal}: {Pattern}; its checks are refused until the throttle ends (see /api/checks/alerts)")]
    private static partial void ProbingAlert(ILogger logger, string principal, string pattern);
}
