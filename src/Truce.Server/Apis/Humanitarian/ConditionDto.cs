using Truce.Domain.Humanitarian;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>
/// A condition for talks on a day: its thresholds (from the humanitarian manifest, not code), the
/// outcome, since when it has had that outcome, what made it so (with the figures), and why it matters.
/// </summary>
/// <param name="Id">e.g. <c>lists-agree-a1</c>.</param>
/// <param name="Name">How to show it.</param>
/// <param name="Kind">Which measure.</param>
/// <param name="Agreement">The agreement it reads, for the violation and exempt-list kinds.</param>
/// <param name="MaxPerDay">At most this many consensus violations a day.</param>
/// <param name="Days">Over the K days ending on the day, or "reached within K days".</param>
/// <param name="Outcome">holds, fails or unknown.</param>
/// <param name="Since">The first day of the run of days, ending on the day, with this outcome.</param>
/// <param name="SinceRecordBegins">True when that run reaches back to where the record begins (it may be older).</param>
/// <param name="Detail">What made it so, in words with the figures.</param>
/// <param name="Why">Who asked for it, or why it matters.</param>
public sealed record ConditionDto(
    string Id,
    string Name,
    PreconditionKind Kind,
    string? Agreement,
    int? MaxPerDay,
    int? Days,
    ConditionOutcome Outcome,
    DateOnly Since,
    bool SinceRecordBegins,
    string Detail,
    string Why);
