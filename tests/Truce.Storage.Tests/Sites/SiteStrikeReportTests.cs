using Truce.Domain.Adjudication;
using Truce.Domain.Sources;
using Truce.Storage.Adjudication;
using Truce.Storage.Sites;
using static Truce.Storage.Tests.Sites.StrikeCases;

namespace Truce.Storage.Tests.Sites;

public sealed class SiteStrikeReportTests
{
    private static readonly DateTimeOffset Morning = new(2016, 4, 26, 9, 0, 0, TimeSpan.Zero);

    private static SiteStrikeFlag Flag(string name = "al-Quds hospital") => Assert.Single(NotifiedSiteStrikes.Compute(
        [Notice(Site("P01", 100, name: name), Feb27, recipients: "syrian-government")],
        [Check(7, "syrian-government", Morning, 0, 200, Morning, Morning.AddDays(3), conflictWith: "P01")],
        Links,
        [Event("1", 50)]).Flags);

    [Fact]
    public void The_csv_has_one_row_per_side_and_party_with_the_last_covering_check_and_the_event_s_verdicts()
    {
        var verdicts = new[]
        {
            new StoredVerdict("ucdp-ged:1", "A1", "us", Apr27, VerdictOutcome.Violation, VerdictReason.TargetNotExempt, false, "[]"),
            new StoredVerdict("ucdp-ged:2", "A1", "us", Apr27, VerdictOutcome.Permitted, VerdictReason.TargetExempt, false, "[]"),
        };
        var text = new StringWriter();
        SiteStrikeCsv.Write(text, [Flag()], verdicts);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SiteStrikeCsv.Header, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Equal(
            "ucdp-ged:1,2016-04-27,2016-04-27,1,0,P01,1,hospital,al-Quds hospital,within,50,100,inside-radius,2016-02-27T00:00:00Z,notified-before,"
            + "side_a,Government of Syria,possible-striker,syrian-government,notified-before,2016-02-27T00:00:00Z,1,7,2016-04-26T09:00:00Z,checked-before,conflict,true,"
            + "conflict: hospital (MSF Aleppo desk),A1/us=violation (target-not-exempt)",
            lines[1]);
        Assert.StartsWith("ucdp-ged:1,", lines[2], StringComparison.Ordinal);
        Assert.Contains(",side_b,Syrian insurgents,possible-striker,opposition,not-notified,,0,,,,,,,A1/us=", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_name_that_would_run_as_a_formula_is_escaped_in_the_csv()
    {
        var text = new StringWriter();
        SiteStrikeCsv.Write(text, [Flag("=HYPERLINK(\"http://x\",\"y\")")]);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_events_not_assessed_are_written_with_their_reason()
    {
        var result = Compute([Notice(Site("P01", 100), Feb27)], Event("9", 0, precision: 4));
        var text = new StringWriter();
        SiteStrikeCsv.WriteNotAssessed(text, result.NotAssessed);
        Assert.Equal("event,reason\nucdp-ged:9,coarse location: UCDP where_prec 4\n", text.ToString());
    }

    [Fact]
    public void A_verdict_explanation_for_the_monitor_ends_with_the_site_and_what_each_side_s_party_knew_and_asked()
    {
        var verdictFact = new VerdictFact("reading", "terms.json#R1", "us reads ...", null, new SourceRef("terms.json", "R1"));
        var facts = SiteStrikeFacts.Explain([verdictFact], "ucdp-ged:1", [Flag()]);
        Assert.Equal(["reading", "protected-site", "site-party", "site-party"], facts.Select(f => f.Kind));
        Assert.Equal(
            "struck within the reach of notified hospital P01 \"al-Quds hospital\" (revision 1), notified 2016-02-27T00:00:00Z, before the event: 50 m from the site, reach 100 m, event located to 0 m",
            facts[1].Statement);
        Assert.Equal(
            "side_a Government of Syria, a possible striker (the record does not say which side struck), is party syrian-government: notified 2016-02-27T00:00:00Z (before the event); "
            + "checked this point at 2016-04-26T09:00:00Z (before the event) and was told conflict with this site (conflict: hospital (MSF Aleppo desk))",
            facts[2].Statement);
        Assert.Equal(
            "side_b Syrian insurgents, a possible striker (the record does not say which side struck), is party opposition: not notified of the site; did not check this point",
            facts[3].Statement);
        Assert.Same(verdictFact, Assert.Single(SiteStrikeFacts.Explain([verdictFact], "ucdp-ged:2", [Flag()])));
    }
}
