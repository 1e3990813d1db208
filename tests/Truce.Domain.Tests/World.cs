using NetTopologySuite.Geometries;
using Truce.Domain.Actors;
using Truce.Domain.Adjudication;
using Truce.Domain.Agreements;
using Truce.Domain.Control;
using Truce.Domain.Designations;
using Truce.Domain.Events;
using Truce.Domain.Sources;

namespace Truce.Domain.Tests;

/// <summary>
/// A small world for verdict tests, shaped like 2016: a government (party), rebels (any non-state
/// party), a group listed as "Nusra" that renames itself "JFS" on 2016-07-28 and merges into
/// "HTS" on 2017-01-28, IS, a collective "insurgents" label and civilians. Stakeholder "follow"
/// follows renamings; "formal" needs the alias listed (US-style, alias added 2016-11-10).
/// </summary>
internal static class World
{
    public static readonly DateOnly Renamed = new(2016, 7, 28);
    public static readonly DateOnly AliasListed = new(2016, 11, 10);
    public static readonly DateOnly Merged = new(2017, 1, 28);

    public static SourceRef Src(string row) => new("test.csv", row);

    public static List<Actor> Actors() =>
    [
        new() { Id = "gov", Name = "Government of Syria", Type = ActorType.StateForces },
        new() { Id = "tur", Name = "Government of Turkey", Type = ActorType.StateForces },
        new() { Id = "reb", Name = "Ahrar al-Sham" },
        new() { Id = "reb2", Name = "Jaysh al-Islam" },
        new() { Id = "nusra", Name = "Jabhat Fateh al-Sham", Aliases = ["Jabhat al-Nusra"] },
        new() { Id = "hts", Name = "HTS", Aliases = ["Hay'at Tahrir al-Sham"] },
        new() { Id = "is", Name = "IS", Aliases = ["ISIL"] },
        new() { Id = "ins", Name = "Syrian insurgents", Type = ActorType.Collective },
        new() { Id = "civ", Name = "Civilians", Type = ActorType.Civilians },
        new() { Id = "unrelated", Name = "EOKA" },
    ];

    public static List<ActorName> Names() =>
    [
        new("nusra", "Jabhat al-Nusra", null, Renamed.AddDays(-1), Src("D70")),
        new("nusra", "Jabhat Fateh al-Sham", Renamed, Merged.AddDays(-1), Src("D70")),
    ];

    public static List<ActorLink> Links() => [new("nusra", ActorLinkKind.MergedInto, "hts", Merged, null, "test.csv#D71")];

    public static List<Designation> Designations() =>
    [
        new("D14", "us", "nusra", "Jabhat al-Nusra", new(2014, 5, 14), new(2025, 7, 8), Src("D14")),
        new("D15", "us", "nusra", "Jabhat Fateh al-Sham", AliasListed, new(2025, 7, 8), Src("D15")),
        new("D21", "ru", "nusra", null, new(2014, 12, 29), null, Src("D21")),
        new("D10", "us", "is", null, new(2004, 12, 17), null, Src("D10")),
        new("D20", "ru", "is", null, new(2014, 12, 29), null, Src("D20")),
        new("D99", "us", "reb2", null, new(2016, 1, 1), new(2016, 3, 31), Src("D99")),
    ];

    public static List<Stakeholder> Stakeholders() => [new("follow", "Follows renamings"), new("formal", "Formal listings only")];

    public static Agreement Agreement(string id = "A1", AgreementMoment? from = null, AgreementMoment? to = null, IReadOnlyList<AgreementZone>? zones = null) => new()
    {
        Id = id,
        Name = "Cessation of hostilities",
        From = from ?? new AgreementMoment(new(2016, 2, 27), TimeOnly.MinValue, "2016-02-27T00:00"),
        To = to,
        Scope = new AgreementScope(["Syria"], []),
        HostileEventTypes = ["State-based conflict", "One-sided violence", "Battles"],
        Parties = [new("gov", false, null, null, Src("A1.3")), new(null, true, null, null, Src("A1"))],
        Readings =
        [
            new("follow", [], ["ru"], RenamingPolicy.FollowsGroup, Src("D22")),
            new("formal", [], ["us"], RenamingPolicy.FormalListingOnly, Src("D15")),
        ],
        Zones = zones ?? [],
        Source = Src("A1"),
    };

    public static List<ControllerMapping> Controllers() =>
    [
        new("Government/allies", ["gov"], Src("C1")),
        new("Opposition/rebels", ["ins"], Src("C2")),
        new("Contested", [], Src("C3")),
    ];

    public static AdjudicationInputs Inputs(IEnumerable<Designation>? designations = null, IEnumerable<Agreement>? agreements = null) =>
        new(new ActorRegistry(Actors(), Names(), Links()), [.. designations ?? Designations()], [.. agreements ?? [Agreement()]], Stakeholders(), Controllers());

    public static AdjudicationCase Case(string actor1, string? actor2, DateOnly day, EventSite? site = null, string type = "State-based conflict", string country = "Syria", DateOnly? end = null, string? admin2 = "SY0200") =>
        new($"e-{actor1}-{actor2}-{day:yyyyMMdd}", day, end ?? day, type, country, new AdminCodes("SY02", admin2, null), actor1, actor2, site ?? EventSite.Unknown);

    public static EventSite Held(params string[] controllers) => new(
        SiteKind.Area,
        [.. controllers.Select((c, i) => new ControlFact(
            new ControlRecord
            {
                Id = $"control.csv#C{i + 1}",
                Controller = c,
                Shape = ControlShape.Area,
                AreaCode = "N0129",
                Geometry = new Point(37.2, 36.2),
                Confidence = Confidence.Medium,
                Source = new SourceRef("control.csv", $"C{i + 1}"),
            },
            0))]);
}
