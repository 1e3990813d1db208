namespace Truce.Domain.Humanitarian;

/// <summary>An area's siege on a day, as the record allows it to be said.</summary>
public enum SiegeStatus
{
    /// <summary>No row says it is besieged on the day.</summary>
    NotBesieged,

    /// <summary>Every start definition has begun; no end, no interruption.</summary>
    Besieged,

    /// <summary>Some start definitions have begun, others not yet (e.g. 9 July: 3 of 7).</summary>
    BesiegedBySome,

    /// <summary>The siege was broken and not yet re-imposed.</summary>
    Interrupted,

    /// <summary>An end row is on or before the day.</summary>
    Ended,

    /// <summary>No start is recorded, but a report within the report window lists it as besieged.</summary>
    Reported,
}
