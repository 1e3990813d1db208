using Truce.Domain.Adjudication;
using Truce.Domain.Claims;
using Truce.Domain.Errors;
using Truce.Domain.Events;
using Truce.Storage.Adjudication;
using Truce.Storage.Contract;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests;

/// <summary>
/// The Aleppo 2016 scenario over the real UCDP record. Expected figures come from the data files,
/// counted independently (see comments), never from the engine's own output.
/// </summary>
public abstract class AdjudicationTests<TScenario>(TScenario aleppo)
    where TScenario : AleppoScenario
{
    private List<StoredVerdict> Verdicts(string? agreement = null, string? key = null) =>
        [.. aleppo.Store.Verdicts(new VerdictQuery { Agreement = agreement, EventKey = key })];

    [Fact]
    public void Every_event_gets_one_verdict_per_agreement_and_stakeholder()
    {
        Assert.Equal(16_566, aleppo.Receipt.Events);
        Assert.Equal(16_566 * 2 * 3, aleppo.Receipt.Run.Verdicts);
    }

    [Fact]
    public void The_cessation_of_hostilities_applies_only_to_events_wholly_within_its_force()
    {
        // Python over the CSV: 5,099 events with 2016-02-27 <= date_start and date_end <= 2016-12-29; 14 straddle an end.
        var us = Verdicts("A1").Where(v => v.Stakeholder == "us").ToList();
        Assert.Equal(5_099, us.Count(v => v.Outcome != VerdictOutcome.NotApplicable && v.Reason != VerdictReason.PartlyInForce));
        Assert.Equal(14, us.Count(v => v.Reason == VerdictReason.PartlyInForce));
        // 79 events lie wholly within 13–18 Sept 2016 (the arrangement ran from 19:00 on the 12th to 19:00 on the 19th).
        Assert.Equal(79, Verdicts("A4").Count(v => v.Stakeholder == "us" && v.Outcome != VerdictOutcome.NotApplicable && v.Reason != VerdictReason.PartlyInForce));
    }

    [Fact]
    public void A_strike_on_Jabhat_Fateh_al_Sham_between_its_renaming_and_the_US_alias_listing_is_disputed()
    {
        // UCDP GED 233028: Ahrar al-Sham vs Jabhat Fateh al-Sham, Ariha, 2016-10-31 — after the renaming (28 Jul), before the US alias (10 Nov).
        var verdicts = Verdicts("A1", "ucdp-ged:233028").ToDictionary(v => v.Stakeholder);
        Assert.Equal(VerdictOutcome.Permitted, verdicts["ru"].Outcome);
        Assert.Equal(VerdictOutcome.Permitted, verdicts["un-envoy"].Outcome);
        Assert.Equal(VerdictOutcome.Violation, verdicts["us"].Outcome);
        Assert.All(verdicts.Values, v => Assert.True(v.Disputed));
        Assert.Contains(FactsJson.Read(verdicts["us"].FactsJson), f => f.RecordId == "designations.csv#D15");
    }

    [Fact]
    public void Every_stored_verdict_names_a_record_with_its_source()
    {
        foreach (var v in Verdicts())
        {
            var facts = FactsJson.Read(v.FactsJson);
            Assert.NotEmpty(facts);
            Assert.All(facts, f => Assert.False(string.IsNullOrEmpty(f.Source.File)));
        }
    }

    [Fact]
    public void A_strike_on_rebel_held_east_Aleppo_is_judged_against_the_neighbourhood_record()
    {
        var violations = Verdicts("A1").Where(v => v.Stakeholder == "us" && v.Reason == VerdictReason.TargetNotExempt)
            .Select(v => FactsJson.Read(v.FactsJson)).Where(f => f.Any(x => x.Kind == "control")).ToList();
        Assert.NotEmpty(violations);
        Assert.All(violations, f => Assert.Contains(f, x => x.Kind == "control" && x.RecordId.StartsWith("aleppo_control.csv#C", StringComparison.Ordinal) && x.Statement.Contains("Opposition/rebels", StringComparison.Ordinal)));
    }

    [Fact]
    public void Identical_fact_lists_are_stored_once_and_every_verdict_reads_its_own()
    {
        long Scalar(string sql) => aleppo.Engine.Scalar(sql);

        Assert.Equal(16_566L * 6, Scalar("SELECT count(*) FROM verdicts"));
        Assert.InRange(Scalar("SELECT count(*) FROM verdict_facts"), 10, 16_566);
        // Every A4 verdict outside 12–19 Sept rests on the same single fact: A4's in-force row.
        var notInForce = Verdicts("A4").Where(v => v.Reason == VerdictReason.NotInForce).Select(v => v.FactsJson).Distinct().ToList();
        Assert.Single(notInForce);
        Assert.Contains("agreements.csv#A4", notInForce[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Adjudicating_again_with_unchanged_inputs_reuses_the_run()
    {
        var again = aleppo.Service.Adjudicate(TestContext.Current.CancellationToken);
        Assert.True(again.Reused);
        Assert.Equal(aleppo.Receipt.Run.Id, again.Run.Id);
    }

    [Fact]
    public void The_controller_of_Sheikh_Khodr_on_20_November_2016_is_the_opposition_on_row_C047()
    {
        // aleppo_control.csv C047: Sheikh Khodr (N0134), Opposition/rebels until 2016-11-28; 36.2166,37.1822 lies inside N0134.
        var answer = aleppo.Service.LoadScenario().Timeline.At(36.2166, 37.1822, new DateOnly(2016, 11, 20));
        Assert.Equal(["Opposition/rebels"], answer.Controllers);
        Assert.Contains(answer.Hits, h => h.Record.Id == "aleppo_control.csv#C047");
    }

    [Fact]
    public void A_claim_is_checked_against_the_traces_of_the_claimed_group()
    {
        var scenario = aleppo.Service.LoadScenario();
        var e = aleppo.Store.History(EventDataset.UcdpGed, "233028")[^1].Event;
        var claims = new ClaimService(aleppo.Store, scenario);
        // The event itself involves Jabhat Fateh al-Sham at this point, so a claim of Nusra is supported at 0 km.
        var nusra = claims.Check(e, "Jabhat al-Nusra positions");
        Assert.Equal((ClaimOutcome.Supported, "ucdp:1170"), (nusra.Outcome, nusra.ActorId));
        Assert.Equal(0, nusra.DistanceMetres!.Value, 3);
        Assert.Equal(ClaimOutcome.Unverifiable, claims.Check(e, "terrorists").Outcome);
    }
}

/// <summary>The Aleppo scenario's tests on the embedded SQLite store.</summary>
[Collection(AleppoDatabases.Name)]
public sealed class AdjudicationTestsOnSqlite(AleppoScenario.Sqlite aleppo) : AdjudicationTests<AleppoScenario.Sqlite>(aleppo);

/// <summary>The Aleppo scenario's tests on PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
[Collection(AleppoDatabases.Name)]
public sealed class AdjudicationTestsOnPostgres : AdjudicationTests<AleppoScenario.Postgres>
{
    public AdjudicationTestsOnPostgres(AleppoScenario.Postgres aleppo)
        : base(aleppo) => PostgresEngine.RequireConfigured();
}

public abstract class ScenarioImportTests : StoreTestBase
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : ScenarioImportTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : ScenarioImportTests(new PostgresEngine());

    protected ScenarioImportTests(StoreEngine engine)
        : base(engine) => ImportBoundaries("syr_neighborhoods.geojson");

    private AdjudicationService Service => new(Store, (IAdjudicationStore)Store);

    [Fact]
    public void A_terms_file_citing_a_row_that_does_not_exist_is_refused_and_nothing_is_stored()
    {
        var text = File.ReadAllText(AleppoScenario.TermsPath).Replace("\"row\": \"D14\"", "\"row\": \"D14x\"", StringComparison.Ordinal);
        var error = Assert.Throws<DataFormatException>(() => Service.ImportScenario(AleppoScenario.Files(text)));
        Assert.StartsWith("terms.json:", error.Message, StringComparison.Ordinal);
        Assert.Contains("designations.csv has no row D14x", error.Message, StringComparison.Ordinal);
        Assert.Empty(((IAdjudicationStore)Store).References());
    }

    [Fact]
    public void A_designations_row_left_without_an_interpretation_is_an_error_at_its_line()
    {
        var text = File.ReadAllText(AleppoScenario.TermsPath).Replace("    { \"row\": \"D35\", \"effect\": \"none\", \"why\": \"Procedural deadline.\" },\n", "", StringComparison.Ordinal);
        var error = Assert.Throws<DataFormatException>(() => Service.ImportScenario(AleppoScenario.Files(text)));
        Assert.Equal("designations.csv", error.File);
        Assert.Contains("row D35 has no interpretation", error.Message, StringComparison.Ordinal);
        Assert.Equal(File.ReadLines(RepoFiles.Data("aleppo-2016", "designations.csv")).TakeWhile(l => !l.StartsWith("D35,", StringComparison.Ordinal)).Count() + 1, error.Line);
    }

    [Fact]
    public void A_changed_terms_file_supersedes_the_stored_one_which_is_kept()
    {
        Assert.Equal(7, Service.ImportScenario(AleppoScenario.Files()));
        Assert.Equal(0, Service.ImportScenario(AleppoScenario.Files()));
        var changed = File.ReadAllText(AleppoScenario.TermsPath).Replace("\"name\": \"UN envoy\"", "\"name\": \"UN Special Envoy\"", StringComparison.Ordinal);
        Assert.Equal(1, Service.ImportScenario(AleppoScenario.Files(changed)));
        Assert.Equal("UN Special Envoy", Service.LoadScenario().Terms.Stakeholders.Single(s => s.Id == "un-envoy").Name);
        Assert.Equal(2L, Engine.Scalar("SELECT count(*) FROM reference_files WHERE kind = 'terms'"));
    }
}
