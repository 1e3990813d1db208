namespace Truce.Domain.Access;

/// <summary>
/// The written names of <see cref="Permissions"/> (kebab case, as token scopes are given and stored:
/// <c>read-published write-events</c>), and their parsing.
/// </summary>
public static class PermissionNames
{
    private static readonly (Permissions Flag, string Name)[] Table =
    [
        (Permissions.ReadPublished, "read-published"),
        (Permissions.ReadNonConfidential, "read-non-confidential"),
        (Permissions.ReadConfidential, "read-confidential"),
        (Permissions.ReadOwnCompartment, "read-own-compartment"),
        (Permissions.WriteEvents, "write-events"),
        (Permissions.Adjudicate, "adjudicate"),
        (Permissions.VerifyAudit, "verify-audit"),
        (Permissions.ManageUsers, "manage-users"),
        (Permissions.SubmitOwnSites, "submit-own-sites"),
        (Permissions.RunChecks, "run-checks"),
    ];

    /// <summary>Every permission's name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>The names of the flags in <paramref name="set"/>, in declaration order.</summary>
    public static IReadOnlyList<string> Of(Permissions set) => Table.Where(t => set.HasFlag(t.Flag)).Select(t => t.Name).ToArray();

    /// <summary>The set as one space-separated string (how scopes are stored); empty for <see cref="Permissions.None"/>.</summary>
    public static string Format(Permissions set) => string.Join(' ', Of(set));

    /// <summary>Parses names separated by spaces or commas; false (with the bad name) when one is unknown.</summary>
    public static bool TryParse(string text, out Permissions set, out string? unknown)
    {
        ArgumentNullException.ThrowIfNull(text);
        set = Permissions.None;
        unknown = null;
        foreach (var name in text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var i = Array.FindIndex(Table, t => string.Equals(t.Name, name, StringComparison.Ordinal));
            if (i < 0)
            {
                unknown = name;
                return false;
            }

            set |= Table[i].Flag;
        }

        return true;
    }

    /// <summary>Parses names as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatException">A name is not a permission.</exception>
    public static Permissions Parse(string text) => TryParse(text, out var set, out var unknown)
        ? set
        : throw new FormatException($"'{unknown}' is not a permission (one of {string.Join(", ", All)})");
}
