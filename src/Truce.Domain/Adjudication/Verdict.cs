using Truce.Domain.Agreements;

namespace Truce.Domain.Adjudication;

/// <summary>
/// One verdict and the facts it used. Plain references to the input records (no copies), so a
/// million events are judged without building text; <see cref="VerdictExplainer"/> renders them.
/// </summary>
/// <param name="Outcome">The verdict.</param>
/// <param name="Reason">The rule that decided it.</param>
/// <param name="Initiator">The initiator actor the decision turned on, when matched.</param>
/// <param name="InitiatorBasis">Why the initiator is exempt, when it is.</param>
/// <param name="Party">The party record that binds the initiator, when bound.</param>
/// <param name="Target">The target actor the decision turned on, when known.</param>
/// <param name="TargetBasis">Why the target is exempt, when it is (for a mixed target: its exempt member).</param>
/// <param name="Control">The control record the target was taken from, when actor 2 was not specific.</param>
/// <param name="OtherControl">A second control record that disagrees with the first.</param>
/// <param name="Zone">The zone whose rule applied.</param>
public readonly record struct Verdict(
    VerdictOutcome Outcome,
    VerdictReason Reason,
    string? Initiator = null,
    ExemptBasis? InitiatorBasis = null,
    AgreementParty? Party = null,
    string? Target = null,
    ExemptBasis? TargetBasis = null,
    ControlFact? Control = null,
    ControlFact? OtherControl = null,
    AgreementZone? Zone = null);
