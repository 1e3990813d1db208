namespace Truce.Domain.Adjudication;

/// <summary>The adjudication of one event under one agreement for one stakeholder.</summary>
public enum VerdictOutcome
{
    /// <summary>The agreement was not in force there or then, or the event is not a hostile act.</summary>
    NotApplicable = 1,

    /// <summary>The initiator is not bound by the agreement (not a party, or exempt).</summary>
    Outside = 2,

    /// <summary>A bound party struck a target in the stakeholder's exempt set.</summary>
    Permitted = 3,

    /// <summary>A bound party struck a non-exempt party or civilians.</summary>
    Violation = 4,

    /// <summary>The record does not settle it: target or initiator unknown, controllers disagree, dates straddle.</summary>
    Indeterminate = 5,
}
