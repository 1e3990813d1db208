namespace Truce.Domain.Events;

/// <summary>
/// OCHA P-codes assigned to an event by point-in-polygon, down to the deepest level its location
/// precision supports (see <see cref="Precision.SupportedAdminLevel"/>). Null where not assigned.
/// </summary>
public readonly record struct AdminCodes(string? Admin1, string? Admin2, string? Admin3)
{
    /// <summary>No assignment at any level.</summary>
    public static AdminCodes None => default;

    /// <summary>The code at <paramref name="level"/>, or null.</summary>
    public string? At(AdminLevel level) => level switch
    {
        AdminLevel.Admin1 => Admin1,
        AdminLevel.Admin2 => Admin2,
        AdminLevel.Admin3 => Admin3,
        _ => null,
    };
}
