using Truce.Domain.Sources;

namespace Truce.Server.Apis;

/// <summary>One grading: the grade (confirmed, fair, weak, contested, discounted), why, who, when.</summary>
public sealed record GradingDto(string Grade, string Reason, string Author, DateTimeOffset RecordedAt)
{
    public static GradingDto Of(Grading grading)
    {
        ArgumentNullException.ThrowIfNull(grading);
        return new(CredibilityGrades.Name(grading.Grade), grading.Reason, grading.Author, grading.RecordedAt);
    }
}
