using System.Diagnostics.CodeAnalysis;

namespace Truce.Domain.Sources;

/// <summary>Stable text names of <see cref="CredibilityGrade"/>: <c>confirmed</c>, <c>fair</c>, <c>weak</c>, <c>contested</c>, <c>discounted</c>.</summary>
public static class CredibilityGrades
{
    /// <summary>The accepted names, for error messages.</summary>
    public const string Expected = "confirmed, fair, weak, contested or discounted";

    /// <summary>The stored and printed name.</summary>
    public static string Name(CredibilityGrade grade) => grade switch
    {
        CredibilityGrade.Confirmed => "confirmed",
        CredibilityGrade.Fair => "fair",
        CredibilityGrade.Weak => "weak",
        CredibilityGrade.Contested => "contested",
        CredibilityGrade.Discounted => "discounted",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown grade."),
    };

    /// <summary>Parses a name, ignoring case; false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CredibilityGrade grade)
    {
        foreach (var g in Enum.GetValues<CredibilityGrade>())
        {
            if (string.Equals(text, Name(g), StringComparison.OrdinalIgnoreCase))
            {
                grade = g;
                return true;
            }
        }

        grade = default;
        return false;
    }
}
