namespace Truce.Geo.Deconfliction;

/// <summary>
/// The running state a <see cref="ProbeHistory"/> carries from check to check besides its ring:
/// the boundary-walk run (the last step's squared length, how many steps in a row shrank by
/// 0.25–0.75, the answer flips among them, the run's first step) and the checks since the last
/// lattice test. A value: a copy is a snapshot (the parallel batch pass seeds its workers with them).
/// </summary>
internal struct ProbeWalk
{
    // Planar metres per degree near the checks: small-area tests only, so a spherical figure serves.
    private const double MetresPerDegree = 111_195;

    public double LastStepSquared;
    public int Run;
    public int Flips;
    public double RunFirstStep;
    public int SinceAnalysis;

    /// <summary>Extends or restarts the run of converging steps (lengths in degrees of latitude, east scaled by cos φ).</summary>
    public void Step(double north, double east, bool flipped)
    {
        var squared = (north * north) + (east * east);
        if (LastStepSquared > 0 && squared >= 0.0625 * LastStepSquared && squared <= 0.5625 * LastStepSquared)
        {
            Run++;
            Flips += flipped ? 1 : 0;
        }
        else
        {
            (Run, Flips, RunFirstStep) = (0, flipped ? 1 : 0, Math.Sqrt(squared) * MetresPerDegree);
        }

        LastStepSquared = squared;
    }

    /// <summary>No previous check in the window: the run starts again.</summary>
    public void Restart() => (LastStepSquared, Run, Flips) = (0, 0, 0);

    /// <summary>Counts a check that raised nothing before the lattice test; true when the lattice test is due on it.</summary>
    public bool LatticeDue(bool aligned, int every)
    {
        if (aligned || ++SinceAnalysis >= every)
        {
            SinceAnalysis = 0;
            return true;
        }

        return false;
    }
}
