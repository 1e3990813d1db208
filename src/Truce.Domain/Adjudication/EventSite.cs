namespace Truce.Domain.Adjudication;

/// <summary>The control records that bear on an event's location on its date.</summary>
public sealed record EventSite(SiteKind Kind, IReadOnlyList<ControlFact> Facts)
{
    public static readonly EventSite Unlocated = new(SiteKind.Unlocated, []);

    public static readonly EventSite Unknown = new(SiteKind.Unknown, []);
}
