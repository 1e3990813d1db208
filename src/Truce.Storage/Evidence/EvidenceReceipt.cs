using Truce.Domain.Sources;

namespace Truce.Storage.Evidence;

/// <summary>What recording an evidence file did.</summary>
/// <param name="Addition">The addition as stored, with its time.</param>
/// <param name="Duplicate">True when the store already held a file with these bytes (same SHA-256): only the addition is new.</param>
public sealed record EvidenceReceipt(EvidenceAddition Addition, bool Duplicate);
