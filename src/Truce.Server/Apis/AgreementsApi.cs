using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;

namespace Truce.Server.Apis;

/// <summary><c>/api/agreements</c>: the agreements of the stored scenario with every stakeholder's reading.</summary>
public static class AgreementsApi
{
    public static IEndpointRouteBuilder MapAgreementsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/agreements").WithTags("Agreements").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/", List).WithName("ListAgreements")
            .WithSummary("Every agreement: in force from/to, scope, parties, hostile acts, each stakeholder's reading, citations.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}", Get).WithName("GetAgreement")
            .WithSummary("One agreement by id (e.g. A1).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="store">The store.</param>
    public static Results<Ok<IReadOnlyList<AgreementDto>>, ProblemHttpResult> List(StoreAccess store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        if (store.TryScenario(s) is not { } scenario)
        {
            return Problems.NoScenario();
        }

        IReadOnlyList<AgreementDto> all = [.. scenario.Terms.Agreements.Select(a => AgreementDto.Of(a, scenario.Terms, scenario.Registry))];
        return TypedResults.Ok(all);
    }

    /// <param name="store">The store.</param>
    /// <param name="id">The agreement's id, e.g. A1.</param>
    public static Results<Ok<AgreementDto>, ProblemHttpResult> Get(StoreAccess store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        if (store.TryScenario(s) is not { } scenario)
        {
            return Problems.NoScenario();
        }

        return scenario.Terms.Agreements.FirstOrDefault(a => a.Id == id) is { } agreement
            ? TypedResults.Ok(AgreementDto.Of(agreement, scenario.Terms, scenario.Registry))
            : Problems.NotFound($"no agreement with id '{id}'");
    }
}
