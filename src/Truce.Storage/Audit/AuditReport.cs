namespace Truce.Storage.Audit;

/// <summary>What <see cref="LogVerifier"/> found: the log's size and root, what it checked, and every problem.</summary>
public sealed record AuditReport(
    string Origin,
    long Size,
    byte[] Root,
    int CheckpointsChecked,
    bool HeldCheckpointChecked,
    long ClaimsMatched,
    bool KeyFromDatabase,
    IReadOnlyList<string> Problems)
{
    /// <summary>Whether the log, its checkpoints and the store agree.</summary>
    public bool Intact => Problems.Count == 0;
}
