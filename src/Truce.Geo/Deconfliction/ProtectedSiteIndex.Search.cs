using NetTopologySuite.Geometries;
using Truce.Domain.Deconfliction;
using Truce.Geo.Geodesy;

namespace Truce.Geo.Deconfliction;

public sealed partial class ProtectedSiteIndex
{
    private CheckAnswer CheckPoint(double latitude, double longitude, double radius, long from, long to)
    {
        if (radius <= _gridRadius)
        {
            var candidates = radius <= _fine.RadiusMetres ? _fine.Candidates(latitude, longitude) : _grid.Candidates(latitude, longitude);
            CheckAnswer? answer = null;
            List<ConflictNotice>? notices = null;
            foreach (var i in candidates)
            {
                if (Touches(i, latitude, longitude, radius, from, to))
                {
                    Add(i, ref answer, ref notices);
                }
            }

            return Finish(answer, notices);
        }

        var (dLat, dLon) = ProtectionZone.Conservative(radius, latitude);
        var env = new Envelope(longitude - dLon, longitude + dLon, latitude - dLat, latitude + dLat);
        CheckAnswer? found = null;
        List<ConflictNotice>? all = null;
        foreach (var i in _tree.Query(env))
        {
            if (Touches(i, latitude, longitude, radius, from, to))
            {
                Add(i, ref found, ref all);
            }
        }

        return Finish(found, all);
    }

    private CheckAnswer CheckArea(Geometry target, double radius, long from, long to)
    {
        var env = new Envelope(target.EnvelopeInternal);
        var (dLat, dLon) = ProtectionZone.Conservative(radius, Math.Max(Math.Abs(env.MinY), Math.Abs(env.MaxY)));
        env.ExpandBy(dLon, dLat);
        CheckAnswer? answer = null;
        List<ConflictNotice>? notices = null;
        foreach (var i in _tree.Query(env))
        {
            ref readonly var z = ref _cores[i];
            if (z.From <= to && from <= z.To && _zones[i].TouchesArea(target, radius))
            {
                Add(i, ref answer, ref notices);
            }
        }

        return Finish(answer, notices);
    }

    private bool Touches(int i, double latitude, double longitude, double radius, long from, long to)
    {
        ref readonly var z = ref _cores[i];
        if (z.From > to || from > z.To)
        {
            return false;
        }

        var limit = z.Reach + radius;
        if (z.ExactOnly || limit > LocalFrame.FastLimitMetres)
        {
            return _zones[i].TouchesPoint(latitude, longitude, radius);
        }

        // The local-frame distance (LocalFrame.SquaredMetres, inlined): decisive unless within tolerance of the limit.
        var dLat = latitude - z.Latitude;
        var d = dLat * (Math.PI / 360);
        var north = dLat * z.NorthPerDegree;
        var east = (longitude - z.Longitude) * z.EastPerDegree * (1 - (z.TanLatitude * d) - (0.5 * d * d));
        var squared = (north * north) + (east * east);
        var high = (limit * (1 + LocalFrame.RelativeTolerance)) + LocalFrame.AbsoluteToleranceMetres;
        if (squared > high * high)
        {
            return false;
        }

        var low = (limit * (1 - LocalFrame.RelativeTolerance)) - LocalFrame.AbsoluteToleranceMetres;
        return (low > 0 && squared < low * low) || EllipsoidDistance.Metres(latitude, longitude, z.Latitude, z.Longitude) <= limit;
    }

    private void Add(int i, ref CheckAnswer? answer, ref List<ConflictNotice>? notices)
    {
        var own = _answers[_noticeOf[i]];
        if (answer is null)
        {
            answer = own;
            return;
        }

        if (notices is null)
        {
            // A second site with the same (category, contact) — the same shared answer — leaves the answer as it is, since a
            // conflict lists each pair once: no list, and no CheckAnswer.Conflict (which sorts and deduplicates through LINQ:
            // it cost a fifth of the bench's check of 1M points, where most points within reach of a site are within reach of two).
            if (ReferenceEquals(answer, own))
            {
                return;
            }

            notices = [((ConflictAnswer)answer).Notices[0]];
        }

        notices.Add(_zones[i].Notice);
    }

    private static CheckAnswer Finish(CheckAnswer? answer, List<ConflictNotice>? notices) =>
        notices is not null ? CheckAnswer.Conflict(notices) : answer ?? CheckAnswer.Clear;
}
