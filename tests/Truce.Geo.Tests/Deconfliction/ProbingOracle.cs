using Truce.Geo.Deconfliction;

namespace Truce.Geo.Tests.Deconfliction;

/// <summary>
/// The in-process stand-in for the HTTP check endpoint, as the attackers see it: refused (null)
/// when the principal is throttled or out of budget; otherwise the index's answer, observed by the
/// detector with the sites whose checked boundary is near the target.
/// </summary>
internal sealed class ProbingOracle(ProtectedSiteIndex index, ProbeDetector? detector, QueryBudget? budget, string principal)
{
    private readonly List<string> _near = [];

    public List<(ProbeFinding Finding, int Query)> Findings { get; } = [];

    public int Asked { get; private set; }

    public int Refused { get; private set; }

    public ValueTask<bool?> Ask(double latitude, double longitude, double radiusMetres)
    {
        Asked++;
        if ((detector is not null && detector.IsThrottled(principal, out _)) || (budget is not null && !budget.TryTake(principal, 1, out _)))
        {
            Refused++;
            return ValueTask.FromResult<bool?>(null);
        }

        var conflict = !index.Check(latitude, longitude, radiusMetres, Sites.Day, Sites.Day.AddHours(1)).IsClear;
        if (detector is not null)
        {
            _near.Clear();
            index.NearBoundary(latitude, longitude, radiusMetres, Sites.Day, Sites.Day.AddHours(1), detector.Options.BandMetres, _near);
            if (detector.Observe(principal, new ProbeObservation(latitude, longitude, radiusMetres, conflict, [.. _near])) is { } finding)
            {
                Findings.Add((finding, Asked));
            }
        }

        return ValueTask.FromResult<bool?>(conflict);
    }
}
