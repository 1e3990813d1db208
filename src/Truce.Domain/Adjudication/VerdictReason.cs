namespace Truce.Domain.Adjudication;

/// <summary>The rule that decided a verdict (see docs/adjudication.md).</summary>
public enum VerdictReason
{
    NotInForce = 1,
    OutsideScope = 2,
    NotHostile = 3,
    PartlyInForce = 4,
    InitiatorExempt = 10,
    InitiatorNotParty = 11,
    InitiatorUnknown = 12,
    TargetExempt = 20,
    TargetNotExempt = 21,
    TargetMixed = 22,
    TargetUnknown = 23,
    ControllerUnknown = 24,
    ControllersDisagree = 25,
    ZoneReserved = 26,
    ControllerIsInitiator = 27,
    ChangedWithinDates = 30,
}
