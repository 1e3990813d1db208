using System.Text;
using Truce.Domain.Deconfliction;
using Truce.Domain.Errors;

namespace Truce.Storage.Sites;

/// <summary>
/// The names site categories and precision kinds are stored and typed as: the enum member in
/// lower-case words joined by hyphens (<c>hospital</c>, <c>civil-defence</c>, <c>neighbourhood-centroid</c>).
/// </summary>
public static class SiteNames
{
    /// <summary>Every category's name, in enum order.</summary>
    public static IReadOnlyList<string> Categories { get; } = [.. Enum.GetValues<SiteCategory>().Select(c => Name(c))];

    /// <summary>The name of <paramref name="category"/>.</summary>
    public static string Name(SiteCategory category) => Kebab(Defined(category).ToString());

    /// <summary>The name of <paramref name="kind"/>.</summary>
    public static string Name(PrecisionKind kind) => Kebab(Defined(kind).ToString());

    /// <summary>The category named <paramref name="text"/> (case-insensitive).</summary>
    /// <exception cref="BadFieldException">No such category (field <paramref name="field"/>).</exception>
    public static SiteCategory Category(string text, string field = "category") =>
        Parse<SiteCategory>(text, field, $"one of {string.Join(", ", Categories)}");

    /// <summary>The precision kind named <paramref name="text"/> (case-insensitive).</summary>
    /// <exception cref="BadFieldException">No such kind (field <paramref name="field"/>).</exception>
    public static PrecisionKind Precision(string text, string field = "precision") =>
        Parse<PrecisionKind>(text, field, "exact, neighbourhood-centroid, community-point, approximate or unknown");

    private static T Parse<T>(string text, string field, string expected)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Kebab(value.ToString()), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new BadFieldException(field, $"'{text}' is not {expected}");
    }

    private static T Defined<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "not a defined value");

    private static string Kebab(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
