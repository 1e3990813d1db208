namespace Truce.Domain.Adjudication;

/// <summary>Whether stakeholders agree on an event under one agreement.</summary>
public static class Consensus
{
    /// <summary>True when the verdicts do not all have the same outcome.</summary>
    public static bool IsDisputed(ReadOnlySpan<Verdict> verdicts)
    {
        for (var i = 1; i < verdicts.Length; i++)
        {
            if (verdicts[i].Outcome != verdicts[0].Outcome)
            {
                return true;
            }
        }

        return false;
    }
}
