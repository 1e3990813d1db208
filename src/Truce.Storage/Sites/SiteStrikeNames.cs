using System.Globalization;
using Truce.Domain.Deconfliction;

namespace Truce.Storage.Sites;

/// <summary>The written names of the flags' values, as the CSV and explanations give them.</summary>
public static class SiteStrikeNames
{
    /// <summary><c>within</c> or <c>possibly-within</c>.</summary>
    public static string Of(StrikeCertainty certainty) => Kebab(certainty.ToString());

    /// <summary><c>inside-radius</c>, <c>inside-reach</c> or <c>event-uncertainty</c>.</summary>
    public static string Of(DistanceBand band) => Kebab(band.ToString());

    /// <summary><c>striker</c>, <c>possible-striker</c> or <c>target</c>.</summary>
    public static string Of(SideRole role) => Kebab(role.ToString());

    /// <summary><c>clear</c>, <c>conflict</c> or <c>refused</c>.</summary>
    public static string Of(CheckAnswerKind answer) => Kebab(answer.ToString());

    /// <summary>E.g. <c>hospital</c>, <c>civil-defence</c>.</summary>
    public static string Of(SiteCategory category) => Kebab(category.ToString());

    /// <summary><c>notified-before</c>, <c>notified-during</c>, or <c>not-notified</c> for null.</summary>
    public static string Notified(RelativeTiming? timing) => timing is { } t ? "notified-" + Kebab(t.ToString()) : "not-notified";

    /// <summary><c>checked-before</c> or <c>checked-during</c>.</summary>
    public static string Checked(RelativeTiming timing) => "checked-" + Kebab(timing.ToString());

    /// <summary>An instant in UTC, ISO 8601 to the second: <c>2016-02-27T00:00:00Z</c>.</summary>
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>PascalCase to kebab-case: <c>NotApplicable</c> → <c>not-applicable</c>.</summary>
    internal static string Kebab(string name) =>
        string.Concat(name.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
