namespace Truce.Domain.Sources;

/// <summary>
/// One grading of a subject's credibility. Gradings are revised, never overwritten: a new grading
/// is added and the latest is the current one; the earlier ones stay as its history.
/// </summary>
/// <param name="Subject">What was graded (an event).</param>
/// <param name="Grade">The grade.</param>
/// <param name="Reason">Why, in the grader's words (never empty).</param>
/// <param name="Author">Who graded (a user name, e.g. <c>monitor-1</c>, or <c>cli:USER</c>).</param>
/// <param name="RecordedAt">When it was recorded (UTC, to the millisecond).</param>
public sealed record Grading(SubjectKey Subject, CredibilityGrade Grade, string Reason, string Author, DateTimeOffset RecordedAt)
{
    /// <summary>The longest reason accepted, in characters.</summary>
    public const int MaxReason = 4000;

    /// <summary>Checks a reason: required, at most <see cref="MaxReason"/> characters.</summary>
    /// <exception cref="Errors.BadFieldException">The reason is empty or too long (field <c>reason</c>).</exception>
    public static string CheckReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new Errors.BadFieldException("reason", "required: say why the event gets this grade");
        }

        return reason.Length <= MaxReason ? reason.Trim() : throw new Errors.BadFieldException("reason", $"longer than {MaxReason} characters");
    }
}
