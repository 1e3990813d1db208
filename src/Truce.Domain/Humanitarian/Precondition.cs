namespace Truce.Domain.Humanitarian;

/// <summary>
/// A named, measurable condition for talks, evaluated over the record on a day. Its thresholds
/// are data (the humanitarian manifest's <c>conditions</c>), not code.
/// </summary>
/// <param name="Id">Short id, e.g. <c>calm-a1</c>.</param>
/// <param name="Name">How to show it.</param>
/// <param name="Kind">Which measure.</param>
/// <param name="Agreement">The agreement whose verdicts or parties it reads (the violation and exempt-set kinds).</param>
/// <param name="MaxPerDay">At most this many consensus violations a day (<see cref="PreconditionKind.MaxConsensusViolations"/>).</param>
/// <param name="Days">K: over the K days ending on the day, or "reached within K days".</param>
/// <param name="Why">Who asked for it, or why it matters (shown with it).</param>
public sealed record Precondition(string Id, string Name, PreconditionKind Kind, string? Agreement, int? MaxPerDay, int? Days, string Why);

/// <summary>The measures a condition can take.</summary>
public enum PreconditionKind
{
    /// <summary>At most N consensus violations (every stakeholder says violation) a day, on each of the K days ending on the day.</summary>
    MaxConsensusViolations,

    /// <summary>Every area besieged on the day had a delivery within the K days ending on it (certainly, whatever the dates' precision).</summary>
    BesiegedReached,

    /// <summary>Every stakeholder's exempt set gives the same answer for every party bound by the agreement on the day.</summary>
    ExemptSetsAgree,
}
