using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using Truce.Domain.Actors;
using Truce.Domain.Spatial;

namespace Truce.Domain.Claims;

/// <summary>
/// Compares a claimed target ("Nusra positions") with the record: the places and areas the group
/// held on the event's day, and the events it took part in within ±<see cref="WindowDays"/> days.
/// Supported when one of them lies within <see cref="RadiusMetres"/> of the event; unsupported,
/// with the distance to the nearest, when all are farther; unverifiable when there is nothing to
/// compare (no group named, no point, no trace of the group).
/// </summary>
public sealed class ClaimChecker(ActorRegistry actors, double radiusMetres = 5_000)
{
    public const int WindowDays = 7;

    public double RadiusMetres => radiusMetres;

    /// <summary>The actor a claim names: the whole text, or the longest registry name it contains as whole words.</summary>
    public string? ClaimedActor(string claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var whole = actors.Match(claim);
        if (whole.Kind == ActorMatchKind.Whole)
        {
            return whole.ActorIds[0];
        }

        var words = NameKey.Of(claim).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = words.Length - 1; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                var match = actors.Match(string.Join(' ', words, start, length));
                if (match.Kind == ActorMatchKind.Whole)
                {
                    return match.ActorIds[0];
                }
            }
        }

        return null;
    }

    /// <param name="claim">The claimed target as recorded.</param>
    /// <param name="day">The event's day.</param>
    /// <param name="latitude">The event's latitude, when it has a point.</param>
    /// <param name="longitude">The event's longitude.</param>
    /// <param name="traces">Traces of any groups; those of other groups or other days are ignored.</param>
    public ClaimResult Check(string claim, DateOnly day, double? latitude, double? longitude, IEnumerable<Presence> traces)
    {
        ArgumentNullException.ThrowIfNull(traces);
        var actorId = ClaimedActor(claim);
        if (actorId is null)
        {
            return new ClaimResult(ClaimOutcome.Unverifiable, claim, null, null, null, $"\"{claim}\" names no group in the actor registry");
        }

        if (latitude is not { } lat || longitude is not { } lon)
        {
            return new ClaimResult(ClaimOutcome.Unverifiable, claim, actorId, null, null, "the event has no point to compare");
        }

        Presence? nearest = null;
        var best = double.PositiveInfinity;
        var point = new Point(lon, lat);
        foreach (var trace in traces)
        {
            if (trace.ActorId != actorId || !Relevant(trace, day))
            {
                continue;
            }

            var distance = Distance(point, trace.Shape);
            if (distance < best || (distance == best && nearest is not null && string.CompareOrdinal(trace.RecordId, nearest.RecordId) < 0))
            {
                best = distance;
                nearest = trace;
            }
        }

        if (nearest is null)
        {
            return new ClaimResult(ClaimOutcome.Unverifiable, claim, actorId, null, null, $"no place, area or event of {actorId} on record around {day:yyyy-MM-dd}");
        }

        var km = (best / 1000).ToString("0.0", CultureInfo.InvariantCulture);
        return best <= radiusMetres
            ? new ClaimResult(ClaimOutcome.Supported, claim, actorId, best, nearest, $"{actorId} present {km} km away ({nearest.Kind} {nearest.RecordId})")
            : new ClaimResult(ClaimOutcome.Unsupported, claim, actorId, best, nearest, $"nearest trace of {actorId} is {km} km away ({nearest.Kind} {nearest.RecordId})");
    }

    private static bool Relevant(Presence trace, DateOnly day) => trace.Kind == "event"
        ? trace.To >= day.AddDays(-WindowDays) && trace.From <= day.AddDays(WindowDays)
        : trace.From <= day && day <= trace.To;

    /// <summary>Metres from the point to the nearest point of the shape (0 inside it).</summary>
    private static double Distance(Point point, Geometry shape)
    {
        if (shape is Point p)
        {
            return Geodesic.DistanceMetres(point.Y, point.X, p.Y, p.X);
        }

        if (shape.Covers(point))
        {
            return 0;
        }

        var nearest = DistanceOp.NearestPoints(point, shape)[1];
        return Geodesic.DistanceMetres(point.Y, point.X, nearest.Y, nearest.X);
    }
}
