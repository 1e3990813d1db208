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
/// <c>/api/deconfliction</c>: the monitor's side of deconfliction — the log of checks (a party sees
/// only its own), probing alerts, budgets, and reported attacks on sites.
/// </summary>
public static class DeconflictionApi
{
    /// <summary>Maps the monitor's endpoints.</summary>
    public static IEndpointRouteBuilder MapDeconflictionApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/deconfliction").WithTags("Deconfliction");
        api.MapGet("/checks", Checks).WithName("CheckLog").AllowedFor(Permissions.ReadConfidential, or: Permissions.ReadOwnCompartment)
            .WithSummary("The log of strike checks, oldest first: every check for the monitor; a party's own checks for a party (without the sites behind its conflicts).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/alerts", Alerts).WithName("ProbingAlerts").AllowedFor(Permissions.ReadConfidential)
            .WithSummary("Probing alerts, newest first: whose checks looked like mapping protected sites (boundary walk, grid scan, trilateration), the evidence, and the throttle.");
        api.MapGet("/budgets", Budgets).WithName("CheckBudgets").AllowedFor(Permissions.ReadConfidential)
            .WithSummary("The daily check budgets in force (stored ones and the built-in defaults).");
        api.MapPut("/budgets/{principal}", SetBudget).WithName("SetCheckBudget").AllowedFor(Permissions.ReadConfidential | Permissions.WriteEvents)
            .WithSummary("Sets a daily budget (targets a UTC day) for user:NAME, * (the default) or global (everyone together).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/strikes", Strikes).WithName("StrikesOnNotifiedSites").AllowedFor(Permissions.ReadConfidential)
            .WithSummary("Strikes on notified sites (CSV): every event within a site's reach after its notification, with whether each side's parties had been notified and had checked that point.")
            .WithDescription("One row per flag × side × party (docs/deconfliction.md, \"Strikes on notified sites\"). from/to bound the events' days.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/attacks", Attacks).WithName("SiteAttacks").AllowedFor(Permissions.ReadConfidential)
            .WithSummary("Reports of attacks on protected sites, each as its source gave it (never merged).");
        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (the caller).</param>
    /// <param name="principal">Only this principal's checks (user:NAME).</param>
    /// <param name="party">Only this party's checks.</param>
    /// <param name="since">Answered at or after.</param>
    /// <param name="until">Answered at or before.</param>
    /// <param name="limit">At most this many (default 1,000, at most 10,000).</param>
    public static Results<Ok<CheckLogEntryDto[]>, ProblemHttpResult> Checks(
        StoreAccess store, HttpContext context, string? principal = null, string? party = null, DateTimeOffset? since = null, DateTimeOffset? until = null, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        if (limit is < 1 or > 10_000)
        {
            return Problems.Bad("limit", "1–10,000");
        }

        var caller = context.Caller();
        var monitor = caller.Can(Permissions.ReadConfidential);
        if (!monitor)
        {
            // A party reads its own checks only, whatever it asks for.
            if ((party is not null && party != caller.Party) || (principal is not null && principal != $"user:{caller.User}"))
            {
                return Problems.Bad(party is not null ? "party" : "principal", "a party reads its own checks only");
            }

            party = caller.Party;
        }

        using var s = store.Open();
        var checks = s.Checks(principal, party, since, until, limit ?? 1_000);
        return TypedResults.Ok(checks.Select(c => CheckLogEntryDto.Of(c, monitor)).ToArray());
    }

    /// <param name="store">The store.</param>
    /// <param name="principal">Only this principal's alerts.</param>
    public static Ok<ProbeAlert[]> Alerts(StoreAccess store, string? principal = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        return TypedResults.Ok(s.Alerts(principal).ToArray());
    }

    /// <param name="store">The store.</param>
    public static Ok<BudgetDto[]> Budgets(StoreAccess store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        var stored = s.Budgets();
        var all = stored.Select(b => new BudgetDto(b.Principal, b.PerDay, b.SetAt, b.Author)).ToList();
        if (stored.All(b => b.Principal != "*"))
        {
            all.Add(new BudgetDto("*", CheckBudgets.DefaultPerDay, null, null));
        }

        if (stored.All(b => b.Principal != "global"))
        {
            all.Add(new BudgetDto("global", CheckBudgets.DefaultGlobalPerDay, null, null));
        }

        return TypedResults.Ok(all.OrderBy(b => b.Principal, StringComparer.Ordinal).ToArray());
    }

    /// <param name="store">The store.</param>
    /// <param name="budgets">The server's budgets (updated at once).</param>
    /// <param name="context">The request (the caller).</param>
    /// <param name="principal">user:NAME, * or global.</param>
    /// <param name="body">The budget.</param>
    public static Results<Ok<BudgetDto>, ProblemHttpResult> SetBudget(StoreAccess store, CheckBudgets budgets, HttpContext context, string principal, NewBudgetDto body)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(budgets);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        if (body.PerDay is not >= 0)
        {
            return Problems.Required("perDay", "targets a UTC day, 0 or more");
        }

        var caller = context.Caller();
        using var s = store.OpenFor(caller.User);
        try
        {
            var set = s.SetBudget(principal, body.PerDay.Value, $"user:{caller.User}");
            budgets.Refresh(s.Budgets());
            return TypedResults.Ok(new BudgetDto(set.Principal, set.PerDay, set.SetAt, set.Author));
        }
        catch (BadFieldException e)
        {
            return Problems.Bad(e.Field, e.Reason);
        }
    }

    /// <param name="store">The store.</param>
    /// <param name="from">First event day (YYYY-MM-DD).</param>
    /// <param name="to">Last event day (YYYY-MM-DD).</param>
    public static Results<ContentHttpResult, ProblemHttpResult> Strikes(StoreAccess store, string? from = null, string? to = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!Problems.TryDay(from, "from", out var first, out var problem) || !Problems.TryDay(to, "to", out var last, out problem))
        {
            return problem!;
        }

        using var s = store.Open();
        var strikes = StoredSiteStrikes.Compute(s, first, last);
        using var csv = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        SiteStrikeCsv.Write(csv, strikes.Flags);
        return TypedResults.Content(csv.ToString(), "text/csv; charset=utf-8");
    }

    /// <param name="store">The store.</param>
    public static Ok<SiteAttackReport[]> Attacks(StoreAccess store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        return TypedResults.Ok(s.AttackReports().ToArray());
    }
}
