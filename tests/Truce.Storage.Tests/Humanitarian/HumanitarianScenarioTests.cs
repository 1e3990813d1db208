using Truce.Domain.Humanitarian;
using Truce.Storage.Humanitarian;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests.Humanitarian;

/// <summary>
/// Body counts and conditions for talks over the real record: the bundled UCDP events and the Aleppo
/// scenario, adjudicated, with data/aleppo-2016/humanitarian.json imported. Expected figures were
/// counted independently (comments), not read from the engine.
/// </summary>
public abstract class HumanitarianScenarioTests<TScenario>(TScenario aleppo)
    where TScenario : AleppoScenario
{
    private HumanitarianRecord Record()
    {
        var service = new HumanitarianService(aleppo.Store);
        service.Import(RepoFiles.Data("aleppo-2016", "humanitarian.json"));
        return service.Load()!;
    }

    private PreconditionEvaluator Conditions(HumanitarianRecord record) => HumanitarianService.Conditions(aleppo.Store, record, aleppo.Service.LoadScenario());

    [Fact]
    public void Al_quds_tolls_stand_beside_the_ucdp_deaths_of_those_days_with_their_differences()
    {
        // Python over ged_syria_2016-2019.csv and syr_admin3.geojson (ray casting): 3 events starting 27-28 April 2016
        // inside SY020000 (Jebel Saman, Aleppo city), best = low = high = 86.
        var b = BodyCountComparison.Of(aleppo.Store, Record(), "SY020000", new DateOnly(2016, 4, 27), new DateOnly(2016, 4, 28));
        var ucdp = Assert.Single(b.Record);
        Assert.Equal(("ucdp-ged", 3, 86L, 86L, 86L), (ucdp.Dataset, ucdp.Events, ucdp.Best, ucdp.Low, ucdp.High));
        Assert.Equal(["T06", "T01", "T03", "T04", "T05", "T02"], b.Figures.Select(f => f.Id));
        Assert.Equal([-31L, -36L, -69L, -59L, -72L, -56L], b.Figures.Select(f => b.Difference(f)!.Value));
        Assert.Equal(6, b.Figures.Select(f => f.Reporter).Distinct().Count());
    }

    [Fact]
    public void The_convoy_attack_tolls_stand_beside_the_one_ucdp_event_at_urum_al_kubra()
    {
        // One event on 2016-09-19 in SY020001 (best 21); the tolls of convoys.csv: ~21 (V11), 20 (V13), ≥10 (V14), 10–12 and 31 (V15).
        var b = BodyCountComparison.Of(aleppo.Store, Record(), "SY020001", new DateOnly(2016, 9, 19), new DateOnly(2016, 9, 19));
        Assert.Equal((1, 21L), (b.Record[0].Events, b.Record[0].Best));
        Assert.Equal([21, 20, 10, 10, 31], b.Figures.Select(f => f.Killed));
        Assert.Equal([0L, -1L, -11L, -11L, 10L], b.Figures.Select(f => b.Difference(f)!.Value));
    }

    [Fact]
    public void The_stakeholders_lists_split_over_jabhat_fateh_al_sham_from_its_renaming_until_the_us_listed_the_new_name()
    {
        // designations.csv: the renaming to Jabhat Fateh al-Sham was announced 2016-07-28 (D70); the US added the JFS alias on
        // 2016-11-10 (D15). The US reading follows formal listings only (terms.json), Russia and the UN envoy follow the group.
        var record = Record();
        var lists = record.Conditions.Single(c => c.Id == "lists-agree-a1");
        var e = Conditions(record);
        Assert.Equal(
            [new ConditionSpan("lists-agree-a1", new DateOnly(2016, 7, 1), new DateOnly(2016, 7, 27), ConditionOutcome.Holds),
             new ConditionSpan("lists-agree-a1", new DateOnly(2016, 7, 28), new DateOnly(2016, 11, 9), ConditionOutcome.Fails),
             new ConditionSpan("lists-agree-a1", new DateOnly(2016, 11, 10), new DateOnly(2016, 11, 30), ConditionOutcome.Holds)],
            e.Timeline(lists, new DateOnly(2016, 7, 1), new DateOnly(2016, 11, 30)));
        Assert.Equal("Jabhat Fateh al-Sham (ucdp:1170) exempt for ru, un-envoy, not for us", e.Evaluate(lists, new DateOnly(2016, 9, 15)).Detail);
    }

    [Fact]
    public void Calm_under_an_agreement_is_unknown_before_it_entered_into_force_and_aid_fails_while_east_aleppo_waits()
    {
        var record = Record();
        var e = Conditions(record);
        var a4 = record.Conditions.Single(c => c.Id == "calm-a4");
        // A4 in force from 2016-09-12 19:00 (agreements.csv#A4): the 7 days ending 09-18 are the first all in force.
        Assert.Equal(ConditionOutcome.Unknown, e.Evaluate(a4, new DateOnly(2016, 9, 17)).Outcome);
        Assert.NotEqual(ConditionOutcome.Unknown, e.Evaluate(a4, new DateOnly(2016, 9, 18)).Outcome);
        var aid = e.Evaluate(record.Conditions.Single(c => c.Id == "aid-30"), new DateOnly(2016, 11, 20));
        Assert.Equal(ConditionOutcome.Fails, aid.Outcome);
        Assert.Contains("East Aleppo: 112–136 days since the last delivery", aid.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Humanitarian_files_do_not_change_the_adjudication_inputs()
    {
        var before = aleppo.Service.LoadScenario().InputsSha256;
        Record();
        Assert.Equal(before, aleppo.Service.LoadScenario().InputsSha256);
    }
}

/// <summary>On the embedded SQLite store.</summary>
[Collection(AleppoDatabases.Name)]
public sealed class HumanitarianScenarioTestsOnSqlite(AleppoScenario.Sqlite aleppo) : HumanitarianScenarioTests<AleppoScenario.Sqlite>(aleppo);

/// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
[Collection(AleppoDatabases.Name)]
public sealed class HumanitarianScenarioTestsOnPostgres : HumanitarianScenarioTests<AleppoScenario.Postgres>
{
    public HumanitarianScenarioTestsOnPostgres(AleppoScenario.Postgres aleppo)
        : base(aleppo) => PostgresEngine.RequireConfigured();
}
