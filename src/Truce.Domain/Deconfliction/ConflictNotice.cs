namespace Truce.Domain.Deconfliction;

/// <summary>What a party learns about one conflicting site: its category and whom to contact. Nothing else.</summary>
/// <param name="Category">What the site is.</param>
/// <param name="Contact">Whom to contact about it.</param>
public sealed record ConflictNotice(SiteCategory Category, ContactChannel Contact);
