using System.Text.Json;
using Truce.Storage.Adjudication;
using Truce.Storage.Queries;
using Truce.Storage.Stats;
using Truce.Storage.Tests.Engines;

namespace Truce.Storage.Tests;

/// <summary>The scenario's databases, one per engine, shared by the classes that read them.</summary>
[CollectionDefinition(Name)]
public sealed class AleppoDatabases : ICollectionFixture<AleppoScenario.Sqlite>, ICollectionFixture<AleppoScenario.Postgres>
{
    public const string Name = "Aleppo 2016 on every engine";
}

/// <summary>
/// The same files (OCHA layers, UCDP GED Syria, the Aleppo 2016 scenario) into SQLite and into
/// PostgreSQL give the same answers: statistics, verdicts, disputes, control changes, events.
/// </summary>
[Collection(AleppoDatabases.Name)]
public sealed class EnginesAgreeTests
{
    private readonly AleppoScenario _sqlite;
    private readonly AleppoScenario _postgres;

    public EnginesAgreeTests(AleppoScenario.Sqlite sqlite, AleppoScenario.Postgres postgres)
    {
        PostgresEngine.RequireConfigured();
        (_sqlite, _postgres) = (sqlite, postgres);
    }

    public static TheoryData<PeriodUnit, StatsGroup> Groupings()
    {
        var data = new TheoryData<PeriodUnit, StatsGroup>();
        foreach (var unit in Enum.GetValues<PeriodUnit>())
        {
            foreach (var group in Enum.GetValues<StatsGroup>())
            {
                data.Add(unit, group);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Groupings))]
    public void Statistics_are_the_same_on_both_engines(PeriodUnit unit, StatsGroup group)
    {
        var query = new StatsQuery(unit, group);
        var expected = _sqlite.Store.Stats(query);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, _postgres.Store.Stats(query));
        var window = query with { From = new DateOnly(2016, 9, 1), To = new DateOnly(2016, 12, 31) };
        Assert.Equal(_sqlite.Store.Stats(window), _postgres.Store.Stats(window));
    }

    [Fact]
    public void Every_verdict_with_its_facts_is_the_same_on_both_engines()
    {
        var expected = _sqlite.Store.Verdicts(new VerdictQuery()).ToList();
        Assert.Equal(16_566 * 6, expected.Count);
        Assert.Equal(expected, _postgres.Store.Verdicts(new VerdictQuery()));
        Assert.Equal(_sqlite.Store.OutcomeCounts(), _postgres.Store.OutcomeCounts());
    }

    [Fact]
    public void Verdict_counts_by_week_and_the_disputed_events_are_the_same_on_both_engines()
    {
        foreach (var agreement in (string[])["A1", "A4"])
        {
            var query = new VerdictQuery { Agreement = agreement };
            Assert.Equal(VerdictCounts.By(_sqlite.Store.Verdicts(query), PeriodUnit.Week), VerdictCounts.By(_postgres.Store.Verdicts(query), PeriodUnit.Week));
            var disputed = query with { DisputedOnly = true };
            Assert.Equal(Json(DisputedEvents.Of(_sqlite.Store.Verdicts(disputed))), Json(DisputedEvents.Of(_postgres.Store.Verdicts(disputed))));
        }
    }

    [Fact]
    public void The_control_diff_of_the_fall_of_east_Aleppo_is_the_same_on_both_engines()
    {
        var from = new DateOnly(2016, 11, 20);
        var to = new DateOnly(2016, 12, 23);
        var expected = _sqlite.Service.LoadScenario().Timeline.Diff(from, to);
        Assert.Equal(33, expected.Changes.Count);
        Assert.Equal(Json(expected), Json(_postgres.Service.LoadScenario().Timeline.Diff(from, to)));
    }

    [Fact]
    public void Events_with_their_P_codes_and_full_records_are_the_same_on_both_engines()
    {
        var query = new EventQuery { From = new DateOnly(2016, 11, 15), To = new DateOnly(2016, 12, 22) };
        var expected = _sqlite.Store.Events(query).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(Describe), _postgres.Store.Events(query).Select(Describe));
        var box = query with { Bbox = new BoundingBox(37.05, 36.15, 37.25, 36.25), Actor = "syria" };
        Assert.Equal(_sqlite.Store.CountEvents(box), _postgres.Store.CountEvents(box));
        Assert.Equal(_sqlite.Store.Events(box).Select(Describe), _postgres.Store.Events(box).Select(Describe));
        Assert.Equal(_sqlite.Store.Extent(), _postgres.Store.Extent());
        Assert.Equal(_sqlite.Store.Summary() with { }, _postgres.Store.Summary());
    }

    private static string Describe(Domain.Events.EventRevision r) =>
        $"{r.Event.Dataset}:{r.Event.SourceId} r{r.Revision} {r.Admin} {JsonSerializer.Serialize(r.Event.Original)}";

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
