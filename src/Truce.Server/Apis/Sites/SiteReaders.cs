using Truce.Domain.Access;
using Truce.Storage.Sites;

namespace Truce.Server.Apis.Sites;

/// <summary>Who may see a site: the monitor (and admins) every site; a party only the sites it owns (<c>party:NAME</c>). Nobody else, by any endpoint.</summary>
internal static class SiteReaders
{
    /// <summary>The owner a party's sites carry.</summary>
    public static string OwnerOf(string party) => $"party:{party}";

    /// <summary>True when <paramref name="caller"/> may see <paramref name="site"/>'s location and details.</summary>
    public static bool MayRead(Caller caller, StoredSite site) =>
        caller.Can(Permissions.ReadConfidential)
        || (caller.Role == Role.Party && caller.Party is { } party && caller.Can(Permissions.ReadOwnCompartment)
            && string.Equals(site.Site.Owner, OwnerOf(party), StringComparison.Ordinal));

    /// <summary>True when <paramref name="caller"/> may notify, change or withdraw a site owned by <paramref name="owner"/>.</summary>
    public static bool MayWrite(Caller caller, string? owner) =>
        caller.Can(Permissions.WriteEvents)
        || (caller.Role == Role.Party && caller.Party is { } party && caller.Can(Permissions.SubmitOwnSites)
            && string.Equals(owner, OwnerOf(party), StringComparison.Ordinal));
}
