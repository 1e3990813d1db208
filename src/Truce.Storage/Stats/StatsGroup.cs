namespace Truce.Storage.Stats;

/// <summary>What events are grouped by within a period.</summary>
public enum StatsGroup
{
    None,
    Admin1,
    Admin2,
    Admin3,

    /// <summary>The first-order division as the source named it (UCDP adm_1, ACLED admin1).</summary>
    SourceAdmin1,
    Dyad,
    Actor1,
}
