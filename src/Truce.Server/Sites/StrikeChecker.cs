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
/// before answering, and answers at a deadline fixed by the request's size (<see cref="CheckTiming"/>).
/// </summary>
/// <remarks>Thread-safe (a singleton).</remarks>
public sealed partial class StrikeChecker(
    SiteIndexes indexes,
    CheckBudgets budgets,
    ProbeDetector detector,
    CheckLog log,
    CheckTiming timing,
    TimeProvider clock,
    ILogger<StrikeChecker> logger)
{
    /// <summary>Checks <paramref name="targets"/> (points or polygons) with one radius and window for <paramref name="caller"/>.</summary>
    /// <exception cref="ArgumentException">No target, or the caller is anonymous.</exception>
    public async Task<CheckResult> Check(Caller caller, IReadOnlyList<Geometry> targets, double radiusMetres, DateTimeOffset from, DateTimeOffset to, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentException.ThrowIfNullOrEmpty(caller.User, nameof(caller));
        ArgumentOutOfRangeException.ThrowIfZero(targets.Count);
        var started = clock.GetTimestamp();
        var principal = $"user:{caller.User}";
        var party = caller.Role == Role.Party ? caller.Party : null;
        CheckResult result;
        CheckRecord record;
        ProbeFinding? finding = null;
        if (detector.IsThrottled(principal, out var until))
        {
            result = new CheckResult(CheckOutcome.RefusedThrottled, [], until);
            record = new CheckRecord(principal, party, clock.GetUtcNow(), targets, radiusMetres, from, to, CheckOutcome.RefusedThrottled, []);
        }
        else if (!budgets.TryTake(principal, targets.Count, out var retry))
        {
            result = new CheckResult(CheckOutcome.RefusedBudget, [], retry);
            record = new CheckRecord(principal, party, clock.GetUtcNow(), targets, radiusMetres, from, to, CheckOutcome.RefusedBudget, []);
        }
        else
        {
            var index = indexes.For(caller);
            var answers = Evaluate(index, targets, radiusMetres, from, to);
            finding = Observe(index, principal, targets, answers, radiusMetres, from, to);
            result = new CheckResult(CheckOutcome.Answered, answers, null);
            record = new CheckRecord(principal, party, clock.GetUtcNow(), targets, radiusMetres, from, to, CheckOutcome.Answered, Conflicts(index, targets, answers, radiusMetres, from, to));
        }

        var written = log.Record(record);
        if (finding is not null)
        {
            var alert = new ProbeAlert(0, principal, party, clock.GetUtcNow(), finding.Pattern, finding.Detail, finding.SiteIds, finding.Checks, finding.ThrottledUntil);
            ProbingAlert(logger, principal, finding.Pattern); // the pattern only: no site, no place in a log line
            await Task.WhenAll(written, log.Record(alert)).ConfigureAwait(false);
        }
        else
        {
            await written.ConfigureAwait(false);
        }

        var elapsed = clock.GetElapsedTime(started);
        var wait = timing.Deadline(targets.Count, elapsed) - elapsed;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancel).ConfigureAwait(false);
        }

        return result;
    }

    private static CheckAnswer[] Evaluate(ProtectedSiteIndex index, IReadOnlyList<Geometry> targets, double radius, DateTimeOffset from, DateTimeOffset to)
    {
        var answers = new CheckAnswer[targets.Count];
        if (targets is PackedPoints points)
        {
            // A batch of points: no request objects, split over the cores when large.
            if (points.Count < 4_096)
            {
                for (var i = 0; i < answers.Length; i++)
                {
                    answers[i] = index.Check(points.Latitude(i), points.Longitude(i), radius, from, to);
                }
            }
            else
            {
                var chunk = Math.Max(4_096, points.Count / (Environment.ProcessorCount * 8));
                Parallel.ForEach(Partitioner.Create(0, points.Count, chunk), range =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        answers[i] = index.Check(points.Latitude(i), points.Longitude(i), radius, from, to);
                    }
                });
            }

            return answers;
        }

        for (var i = 0; i < answers.Length; i++)
        {
            answers[i] = index.Check(new StrikeRequest(targets[i], radius, from, to));
        }

        return answers;
    }

    private ProbeFinding? Observe(ProtectedSiteIndex index, string principal, IReadOnlyList<Geometry> targets, CheckAnswer[] answers, double radius, DateTimeOffset from, DateTimeOffset to)
    {
        var band = detector.Options.BandMetres;
        var near = new List<string>();
        var n = targets.Count;
        var latitudes = new double[n];
        var longitudes = new double[n];
        var conflicts = new bool[n];
        for (var i = 0; i < n; i++)
        {
            (latitudes[i], longitudes[i]) = targets is PackedPoints p ? (p.Latitude(i), p.Longitude(i)) : Centre(targets[i]);
            conflicts[i] = !answers[i].IsClear;
        }

        return detector.ObserveBatch(principal, latitudes, longitudes, radius, conflicts, i =>
        {
            near.Clear();
            index.NearBoundary(latitudes[i], longitudes[i], radius, from, to, band, near);
            return near;
        });
    }

    private static (double Latitude, double Longitude) Centre(Geometry target) =>
        target is Point p ? (p.Y, p.X) : (target.Centroid.Y, target.Centroid.X);

    private static CheckConflict[] Conflicts(ProtectedSiteIndex index, IReadOnlyList<Geometry> targets, CheckAnswer[] answers, double radius, DateTimeOffset from, DateTimeOffset to)
    {
        var conflicts = new List<CheckConflict>();
        for (var i = 0; i < answers.Length; i++)
        {
            if (!answers[i].IsClear)
            {
                var sites = index.SitesInConflict(new StrikeRequest(targets[i], radius, from, to));
                conflicts.Add(new CheckConflict(i, answers[i].ToString()!, sites));
            }
        }

        return [.. conflicts];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Probing alert for {Principal}: {Pattern}; its checks are refused until the throttle ends (see /api/checks/alerts)")]
    private static partial void ProbingAlert(ILogger logger, string principal, string pattern);
}
