using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Domain.Deconfliction;
using Truce.Domain.Errors;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Server.Sites;
using Truce.Storage.Sites;

namespace Truce.Server.Apis.Sites;

/// <summary>
/// <c>/api/sites</c>: protected sites, for their owners and the monitor only. A party lists, reads,
/// notifies and withdraws its own sites; the monitor every site. Another party's site is a 404
/// exactly like a site that does not exist: its id's existence is not disclosed either, and a
/// party's site ids are kept in its own namespace (<c>alpha:HQ-1</c>), so it cannot probe for another's.
/// </summary>
public static class SitesApi
{
    /// <summary>Maps the site endpoints.</summary>
    public static IEndpointRouteBuilder MapSitesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/sites").WithTags("Deconfliction");
        api.MapGet("/", List).WithName("ListSites").AllowedFor(Permissions.ReadConfidential, or: Permissions.ReadOwnCompartment)
            .WithSummary("The latest revision of every site the caller may see: all for the monitor, its own for a party.");
        api.MapGet("/geojson", Map).WithName("SitesGeoJson").AllowedFor(Permissions.ReadConfidential, or: Permissions.ReadOwnCompartment)
            .WithSummary("The same sites as a GeoJSON FeatureCollection, for the map's sites layer (live sites only; unlocated ones are left out).")
            .Produces(StatusCodes.Status200OK, contentType: GeoJson.MediaType);
        api.MapGet("/{id}", Get).WithName("GetSite").AllowedFor(Permissions.ReadConfidential, or: Permissions.ReadOwnCompartment)
            .WithSummary("One site's latest revision.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/history", History).WithName("SiteHistory").AllowedFor(Permissions.ReadConfidential, or: Permissions.ReadOwnCompartment)
            .WithSummary("Every revision of one site, oldest first: who notified what, when.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", Notify).WithName("NotifySite").AllowedFor(Permissions.WriteEvents, or: Permissions.SubmitOwnSites)
            .WithSummary("Notifies a site, or a new revision of one (same id, with a reason). A party's sites are its own; the monitor records organisations' sites.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id}/withdraw", Withdraw).WithName("WithdrawSite").AllowedFor(Permissions.WriteEvents, or: Permissions.SubmitOwnSites)
            .WithSummary("Withdraws a site from now (a revision; the history stays).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (the caller).</param>
    public static Ok<SiteDto[]> List(StoreAccess store, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Caller();
        using var s = store.Open();
        return TypedResults.Ok(s.Sites().Where(site => SiteReaders.MayRead(caller, site)).Select(SiteDto.Of).ToArray());
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (the caller).</param>
    public static ContentHttpResult Map(StoreAccess store, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Caller();
        using var s = store.Open();
        var features = new JsonArray();
        foreach (var stored in s.Sites().Where(site => !site.Withdrawn && site.Site.Geometry is not null && SiteReaders.MayRead(caller, site)))
        {
            var site = stored.Site;
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = site.Id,
                ["geometry"] = GeometryJson.Write(site.Geometry!),
                ["properties"] = new JsonObject
                {
                    ["id"] = site.Id,
                    ["category"] = Kebab(site.Category),
                    ["name"] = site.Name,
                    ["owner"] = site.Owner,
                    ["radiusMetres"] = site.RadiusMetres,
                    ["reachMetres"] = site.ReachMetres,
                    ["precision"] = site.Precision.Basis,
                    ["notifiedAt"] = stored.NotifiedAt,
                },
            });
        }

        var collection = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
        return TypedResults.Content(collection.ToJsonString(), GeoJson.MediaType);
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (the caller).</param>
    /// <param name="id">The site's id.</param>
    public static Results<Ok<SiteDto>, ProblemHttpResult> Get(StoreAccess store, HttpContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        using var s = store.Open();
        var latest = Latest(s.SiteHistory(id));
        return latest is not null && SiteReaders.MayRead(context.Caller(), latest)
            ? TypedResults.Ok(SiteDto.Of(latest))
            : NoSuchSite();
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (the caller).</param>
    /// <param name="id">The site's id.</param>
    public static Results<Ok<SiteDto[]>, ProblemHttpResult> History(StoreAccess store, HttpContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        using var s = store.Open();
        var history = s.SiteHistory(id);
        return history.Count > 0 && SiteReaders.MayRead(context.Caller(), history[^1])
            ? TypedResults.Ok(history.Select(SiteDto.Of).ToArray())
            : NoSuchSite();
    }

    /// <param name="store">The store.</param>
    /// <param name="indexes">The check indexes (rebuilt at once, so the next check sees the site).</param>
    /// <param name="context">The request (the caller).</param>
    /// <param name="body">The site.</param>
    public static Results<Created<SiteDto>, ProblemHttpResult> Notify(StoreAccess store, SiteIndexes indexes, HttpContext context, NewSiteDto body)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(indexes);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        var caller = context.Caller();
        var owner = caller.Role == Role.Party && caller.Party is { } party ? SiteReaders.OwnerOf(party) : body.Owner;
        if (caller.Role == Role.Party && body.Owner is { } claimed && claimed != owner)
        {
            return Problems.Bad("owner", $"a party notifies its own sites only (owner {owner})");
        }

        if (!TrySite(body, owner, out var site, out var problem))
        {
            return problem!;
        }

        if (caller.Role == Role.Party && caller.Party is { } own && !site!.Id.StartsWith(own + ":", StringComparison.Ordinal))
        {
            // A party's ids live in its own namespace: it can neither collide with nor probe for another party's ids.
            site = site with { Id = $"{own}:{site.Id}" };
        }

        using var s = store.OpenFor(caller.User);
        var known = Latest(s.SiteHistory(site!.Id));
        if (known is not null && !SiteReaders.MayWrite(caller, known.Site.Owner))
        {
            // Someone else's site: the same answer as a taken id would give away nothing more than a 404.
            return NoSuchSite();
        }

        try
        {
            var stored = s.NotifySite(new SiteNotice(site, body.Recipients ?? [], body.NotifiedAt, body.Reason), $"user:{caller.User}");
            indexes.Refresh(s);
            return TypedResults.Created($"/api/sites/{Uri.EscapeDataString(stored.Site.Id)}", SiteDto.Of(stored));
        }
        catch (BadFieldException e)
        {
            return Problems.Bad(e.Field, e.Reason);
        }
    }

    /// <param name="store">The store.</param>
    /// <param name="indexes">The check indexes.</param>
    /// <param name="context">The request (the caller).</param>
    /// <param name="id">The site's id.</param>
    /// <param name="body">Why.</param>
    public static Results<Ok<SiteDto>, ProblemHttpResult> Withdraw(StoreAccess store, SiteIndexes indexes, HttpContext context, string id, WithdrawalDto body)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(indexes);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(body.Reason))
        {
            return Problems.Required("reason", "why the site is withdrawn");
        }

        var caller = context.Caller();
        using var s = store.OpenFor(caller.User);
        var known = Latest(s.SiteHistory(id));
        if (known is null || !SiteReaders.MayWrite(caller, known.Site.Owner))
        {
            return NoSuchSite();
        }

        try
        {
            var stored = s.WithdrawSite(id, body.Reason, $"user:{caller.User}");
            if (stored is null)
            {
                return Problems.Bad("id", $"site {id} is withdrawn already");
            }

            indexes.Refresh(s);
            return TypedResults.Ok(SiteDto.Of(stored));
        }
        catch (BadFieldException e)
        {
            return Problems.Bad(e.Field, e.Reason);
        }
    }

    private static bool TrySite(NewSiteDto body, string? owner, out ProtectedSite? site, out ProblemHttpResult? problem)
    {
        (site, problem) = (null, null);
        if (string.IsNullOrWhiteSpace(body.Id))
        {
            problem = Problems.Required("id", "a stable site id");
            return false;
        }

        if (body.Category is null)
        {
            problem = Problems.Required("category", "hospital, school, university, worship, bakery, market, water, civil-defence, humanitarian, position or other");
            return false;
        }

        if (!GeometryJson.TryRead(body.Geometry, "geometry", out var geometry, out var error))
        {
            var colon = error!.IndexOf(':', StringComparison.Ordinal);
            problem = Problems.Bad(error[..colon], error[(colon + 1)..].Trim());
            return false;
        }

        if (body.RadiusMetres is not (>= 0 and <= 50_000))
        {
            problem = body.RadiusMetres is null ? Problems.Required("radiusMetres", "metres, 0–50,000") : Problems.Bad("radiusMetres", "must be 0–50,000 metres");
            return false;
        }

        if (body.UncertaintyMetres is { } u && !(u is >= 0 and <= 50_000))
        {
            problem = Problems.Bad("uncertaintyMetres", "must be 0–50,000 metres");
            return false;
        }

        if (string.IsNullOrWhiteSpace(body.Contact))
        {
            problem = Problems.Required("contact", "whom a party in conflict should contact");
            return false;
        }

        if (body.ValidFrom is { } f && body.ValidTo is { } t && t < f)
        {
            problem = Problems.Bad("validTo", "the protection ends before it starts");
            return false;
        }

        site = new ProtectedSite
        {
            Id = body.Id.Trim(),
            Owner = owner,
            Category = body.Category.Value,
            Name = body.Name,
            Geometry = geometry,
            RadiusMetres = body.RadiusMetres.Value,
            ValidFrom = body.ValidFrom,
            ValidTo = body.ValidTo,
            Precision = body.UncertaintyMetres is > 0
                ? new LocationPrecision(PrecisionKind.Approximate, body.UncertaintyMetres.Value, "stated by the notifier")
                : LocationPrecision.Exact,
            Contact = new ContactChannel(body.Contact),
        };
        return true;
    }

    private static StoredSite? Latest(IReadOnlyList<StoredSite> history) => history.Count == 0 ? null : history[^1];

    // The same words whether the site does not exist or is someone else's, and without the id asked about.
    private static ProblemHttpResult NoSuchSite() => Problems.NotFound("no such site among those you may see");

    private static string Kebab(SiteCategory category) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(category.ToString());
}
