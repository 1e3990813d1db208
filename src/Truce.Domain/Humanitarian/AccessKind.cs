namespace Truce.Domain.Humanitarian;

/// <summary>What happened to an aid convoy or an evacuation, as a row of a convoy table states it.</summary>
public enum AccessKind
{
    Requested,
    AwaitingApproval,
    Approved,
    Denied,
    Delayed,

    /// <summary>Aid entered the destination.</summary>
    Delivered,

    /// <summary>Aid already inside was handed out (not an entry: it does not reset "days since the last delivery").</summary>
    Distribution,

    /// <summary>The convoy or its warehouse was attacked.</summary>
    Attacked,

    /// <summary>Aid entered, then the convoy was attacked (a delivery and an attack).</summary>
    DeliveredThenAttacked,
    Suspended,
    StocksExhausted,
    Evacuation,
    EvacuationHalted,
    EvacuationComplete,
}
