namespace Truce.Storage.Import;

/// <summary>What a boundary import did, and how many current events were re-assigned P-codes; <see cref="ImportId"/> is 0 when it changed nothing (and wrote nothing).</summary>
public sealed record BoundaryReceipt(long ImportId, int Read, int Added, int Revised, int Unchanged, long EventsReassigned);
