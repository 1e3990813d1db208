namespace Truce.Domain.Sources;

/// <summary>
/// How credible the record of an event is, on the scale Airwars grades civilian-harm claims with
/// (airwars.org, "Our methodology": Confirmed, Fair, Weak, Contested, Discounted).
/// </summary>
public enum CredibilityGrade
{
    /// <summary>A belligerent (or the party that acted) has accepted responsibility.</summary>
    Confirmed = 1,

    /// <summary>Reported by two or more credible sources, with likely or confirmed action in the area at the time.</summary>
    Fair = 2,

    /// <summary>Single-sourced, though action in the area at the time is likely or confirmed.</summary>
    Weak = 3,

    /// <summary>Competing claims of responsibility (several parties are said to have acted).</summary>
    Contested = 4,

    /// <summary>Judged not credible on the evidence, or shown to be wrong (e.g. no action there then).</summary>
    Discounted = 5,
}
