using Truce.Domain.Deconfliction;

namespace Truce.Formats.Sites;

/// <summary>What a table of reported attacks on protected sites yields: the distinct sites and every report.</summary>
/// <param name="Sites">One site per distinct site named, in order of first mention, each citing all of its rows.</param>
/// <param name="Attacks">One report per row, in file order.</param>
public sealed record ProtectedSiteTable(IReadOnlyList<ProtectedSite> Sites, IReadOnlyList<SiteAttackReport> Attacks);
