namespace Truce.Domain.Deconfliction;

/// <summary>
/// What a protected site is. The only thing about a site a deconfliction answer may reveal, with
/// the contact channel (DESIGN.md, "Protected site").
/// </summary>
public enum SiteCategory
{
    /// <summary>None of the categories below.</summary>
    Other,

    /// <summary>A hospital, clinic or other medical facility.</summary>
    Hospital,

    /// <summary>A school.</summary>
    School,

    /// <summary>A university or college.</summary>
    University,

    /// <summary>A mosque, church or other place of worship.</summary>
    Worship,

    /// <summary>A bakery.</summary>
    Bakery,

    /// <summary>A market.</summary>
    Market,

    /// <summary>A water station, pumping plant or treatment works.</summary>
    Water,

    /// <summary>A civil-defence centre.</summary>
    CivilDefence,

    /// <summary>An aid warehouse, humanitarian compound or convoy site.</summary>
    Humanitarian,

    /// <summary>A party's headquarters or position, notified to the monitor and never shown to the other side.</summary>
    Position,
}
