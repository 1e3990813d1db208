using System.Text;
using Truce.Domain.Adjudication;
using Truce.Domain.Errors;
using Truce.Formats.Terms;
using Truce.Testing;

namespace Truce.Formats.Tests.Terms;

public sealed class TermsReaderTests
{
    private static readonly string TermsText = File.ReadAllText(RepoFiles.Data("aleppo-2016", "terms.json"));

    private static Formats.Terms.Terms Read(string text)
    {
        var designations = SourcedTable.Read(RepoFiles.Data("aleppo-2016", "designations.csv"), "id");
        var agreements = SourcedTable.Read(RepoFiles.Data("aleppo-2016", "agreements.csv"), "id");
        return TermsReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "terms.json", designations, agreements);
    }

    [Fact]
    public void The_bundled_terms_interpret_every_designation_row_and_take_dates_from_the_table()
    {
        var terms = Read(TermsText);
        // designations.csv has 39 rows: the terms read 15 as listings, 1 as the end of listings (D06), 23 as listing no one.
        Assert.Equal((15, 23), (terms.Designations.Count, terms.SetAside.Count));
        var d15 = terms.Designations.Single(d => d.Id == "D15");
        Assert.Equal((new DateOnly(2016, 11, 10), new DateOnly(2025, 7, 8), "us", "Jabhat Fateh al-Sham"), (d15.From!.Value, d15.To!.Value, d15.Authority, d15.Name));
        Assert.Equal("state_jfs", d15.Source.Key);
        // D06 (UN delisting 2026-02-27) ends D02 the day before; D11's "2012-12" starts on the first day of the month.
        Assert.Equal(new DateOnly(2026, 2, 26), terms.Designations.Single(d => d.Id == "D02").To);
        Assert.Equal(new DateOnly(2012, 12, 1), terms.Designations.Single(d => d.Id == "D11").From);
    }

    [Fact]
    public void Agreement_dates_come_from_the_cited_rows_with_their_time_of_day()
    {
        var terms = Read(TermsText);
        var a4 = terms.Agreements.Single(a => a.Id == "A4");
        Assert.Equal((new DateOnly(2016, 9, 12), new TimeOnly(19, 0)), (a4.From!.Day, a4.From.Time!.Value));
        Assert.Equal((new DateOnly(2016, 9, 19), new TimeOnly(19, 0)), (a4.To!.Day, a4.To.Time!.Value));
        Assert.Equal("US-Russia arrangement of 9 Sept 2016 (Kerry-Lavrov, Geneva)", a4.Name);
        var us = terms.Agreements.Single(a => a.Id == "A1").Readings.Single(r => r.StakeholderId == "us");
        Assert.Equal(RenamingPolicy.FormalListingOnly, us.Renamings);
        Assert.Equal("D15", us.Source.Row);
    }

    [Fact]
    public void Malformed_json_is_reported_at_its_line_and_column()
    {
        var text = TermsText.Replace("\"format\": \"truce-terms/1\",", "\"format\": \"truce-terms/1\"", StringComparison.Ordinal);
        var error = Assert.Throws<DataFormatException>(() => Read(text));
        Assert.Equal("terms.json", error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_unknown_member_is_an_error()
    {
        var text = TermsText.Replace("\"stakeholders\": [", "\"stakeholder\": [], \"stakeholders\": [", StringComparison.Ordinal);
        var error = Assert.Throws<DataFormatException>(() => Read(text));
        Assert.Contains("stakeholder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listing_attributed_to_an_authority_whose_rows_it_is_not_is_refused()
    {
        var text = TermsText.Replace("{ \"row\": \"D14\", \"authority\": \"us\"", "{ \"row\": \"D14\", \"authority\": \"ru\"", StringComparison.Ordinal);
        var error = Assert.Throws<DataFormatException>(() => Read(text));
        Assert.Contains("row D14 is by 'US State Department", error.Message, StringComparison.Ordinal);
        Assert.Equal(File.ReadLines(RepoFiles.Data("aleppo-2016", "terms.json")).TakeWhile(l => !l.Contains("\"row\": \"D14\"", StringComparison.Ordinal)).Count() + 1, error.Line);
    }

    [Fact]
    public void A_reading_with_an_unknown_renaming_policy_is_refused()
    {
        var text = TermsText.Replace("\"renamings\": \"formal\"", "\"renamings\": \"sometimes\"", StringComparison.Ordinal);
        Assert.Contains("'sometimes' is not follow or formal", Assert.Throws<DataFormatException>(() => Read(text)).Message, StringComparison.Ordinal);
    }
}
