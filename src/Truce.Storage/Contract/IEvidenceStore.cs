using Truce.Domain.Sources;
using Truce.Storage.Evidence;

namespace Truce.Storage.Contract;

/// <summary>
/// Sources, evidence files and credibility grades. Evidence bytes live in a blob store
/// (<see cref="Blobs.IBlobStore"/>); the database keeps who added each file, when, as what.
/// </summary>
/// <remarks>
/// Every write runs in one transaction of its own (so that whatever else must be written with it —
/// an audit entry — commits or rolls back with it), takes its author as a parameter, and stamps the
/// store's clock. Nothing is overwritten: grades are added, the latest is current; sources and
/// additions are only ever added. Bad values throw <see cref="Domain.Errors.BadFieldException"/>
/// naming the field, before anything is written.
/// </remarks>
public interface IEvidenceStore
{
    /// <summary>Records one addition of an evidence file whose bytes are already in the blob store.</summary>
    /// <returns>The addition with its time, and whether the store already knew the file (a duplicate by hash).</returns>
    /// <exception cref="Domain.Errors.BadFieldException">A bad hash, name, media type or author; or a known hash with another size.</exception>
    EvidenceReceipt RecordEvidence(EvidenceAddition addition);

    /// <summary>Every addition of the file, oldest first (its chain of custody); empty when the store has no such file.</summary>
    IReadOnlyList<EvidenceAddition> EvidenceAdditions(string sha256);

    /// <summary>Stores a source and links it to <paramref name="subjects"/>, in one transaction.</summary>
    /// <exception cref="Domain.Errors.BadFieldException">A bad field (<see cref="SourceDraft.Checked"/>), an unknown evidence hash, or a bad author.</exception>
    Source AddSource(SourceDraft draft, IReadOnlyList<SubjectKey> subjects, string author);

    /// <summary>One source, unredacted; null when there is none with that id.</summary>
    Source? Source(long id);

    /// <summary>Cites a stored source for a subject; false (and nothing written) when it already was.</summary>
    /// <exception cref="Domain.Errors.BadFieldException">No source with that id (field <c>sourceId</c>), or a bad author.</exception>
    bool LinkSource(SubjectKey subject, long sourceId, string author);

    /// <summary>The sources cited for a subject, unredacted, in the order they were linked.</summary>
    IReadOnlyList<LinkedSource> SourcesOf(SubjectKey subject);

    /// <summary>Adds a grading of a subject; it becomes the current one, and the earlier ones stay.</summary>
    /// <exception cref="Domain.Errors.BadFieldException">An empty or too long reason, or a bad author.</exception>
    Grading AddGrading(SubjectKey subject, CredibilityGrade grade, string reason, string author);

    /// <summary>Every grading of a subject, oldest first; the last is the current one. Empty when never graded.</summary>
    IReadOnlyList<Grading> Gradings(SubjectKey subject);
}
