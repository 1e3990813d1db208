using Truce.Storage.Adjudication;

namespace Truce.Storage.Contract;

/// <summary>
/// What adjudication keeps: its input files (terms, sourced tables, actor lists, control
/// records), whole and revised — a changed file of the same kind and name supersedes the old
/// one, which stays — and the verdicts of each adjudication run.
/// </summary>
public interface IAdjudicationStore
{
    /// <summary>Stores the files in one transaction; returns how many were new or changed (unchanged ones write nothing).</summary>
    int SaveReferences(IReadOnlyList<ReferenceFile> files);

    /// <summary>The current file of every kind and name.</summary>
    IReadOnlyList<ReferenceFile> References();

    /// <summary>A value that changes whenever the stored input files change (cheap: for caches).</summary>
    string ReferencesVersion();

    /// <summary>
    /// Stores one run's verdicts in one transaction, streaming (the verdicts may be computed while
    /// they are written, from events read through this same store); returns the run. Verdicts of
    /// one event come together; identical fact lists are stored once.
    /// </summary>
    AdjudicationRun SaveAdjudication(string inputsSha256, IEnumerable<StoredVerdict> verdicts);

    /// <summary>Verdict counts of the latest run by agreement, stakeholder and outcome.</summary>
    IReadOnlyList<OutcomeCount> OutcomeCounts();

    /// <summary>The latest run, or null before the first.</summary>
    AdjudicationRun? LatestAdjudication();

    /// <summary>Verdicts of the latest run matching the query, by day, event, agreement, stakeholder.</summary>
    IEnumerable<StoredVerdict> Verdicts(VerdictQuery query);
}
