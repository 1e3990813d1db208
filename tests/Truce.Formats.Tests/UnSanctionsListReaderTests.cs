using System.Text;
using Truce.Domain.Errors;
using Truce.Formats.UnSanctions;
using Truce.Testing;

namespace Truce.Formats.Tests;

public sealed class UnSanctionsListReaderTests
{
    private static readonly string Consolidated = Path.Combine(RepoFiles.Root, "data", "un", "consolidated-2015-03-27.xml");
    private static readonly string AqListCut = Path.Combine(AppContext.BaseDirectory, "Fixtures", "un", "aqlist-2014-11-19-cut.xml");

    private static List<UnSanctionsRecord> ReadAll(string path)
    {
        using var reader = new UnSanctionsListReader(File.OpenRead(path), Path.GetFileName(path));
        return reader.ReadRecords().ToList();
    }

    private static UnSanctionsListReader Open(params string[] lines) =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))), "un.xml");

    private static DataFormatException ReadError(params string[] lines)
    {
        using var reader = Open(lines);
        return Assert.Throws<DataFormatException>(() => reader.ReadRecords().ToList());
    }

    [Fact]
    public void The_2015_consolidated_list_reads_every_individual_and_entity()
    {
        // Counted independently: grep -cE '^\s*<INDIVIDUAL(>|$|\s)' gives 622, the same for ENTITY 424;
        // Python's ElementTree counts 2,346 aliases with a name and 1,147 LAST_DAY_UPDATED values.
        var records = ReadAll(Consolidated);
        Assert.Equal(622, records.Count(r => r.Kind == UnListedKind.Individual));
        Assert.Equal(424, records.Count(r => r.Kind == UnListedKind.Entity));
        Assert.Equal(2346, records.Sum(r => r.Aliases.Count));
        Assert.Equal(1147, records.Sum(r => r.LastUpdated.Count));
        Assert.Equal(1046, records.Select(r => r.ReferenceNumber).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_list_is_dated_by_its_dateGenerated()
    {
        using var reader = new UnSanctionsListReader(File.OpenRead(Consolidated), "consolidated.xml");
        Assert.Equal(new DateOnly(2015, 3, 27), reader.DateGenerated);
    }

    [Fact]
    public void Al_Nusrah_Front_is_read_with_its_aliases_and_listing_date()
    {
        var nusra = ReadAll(Consolidated).Single(r => r.ReferenceNumber == "QDe.137");
        Assert.Equal(UnListedKind.Entity, nusra.Kind);
        Assert.Equal(6908429, nusra.DataId);
        Assert.Equal("AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT", nusra.Name);
        Assert.Equal("جبهة النصرة لأهل الشام", nusra.NameOriginalScript);
        Assert.Equal("Al-Qaida", nusra.ListType);
        Assert.Equal(new DateOnly(2014, 5, 14), nusra.ListedOn);
        Assert.Empty(nusra.LastUpdated);
        Assert.Equal(
            [
                new UnAlias("جبهة النصرة (the Victory Front; Jabhat al-Nusrah; Jabhet al-Nusra; Al-Nusrah Front; Al-Nusra Front)", "a.k.a."),
                new UnAlias("شبكة أنصار المجاهدين (sub-unit name: Ansar al-Mujahideen Network)", "a.k.a."),
                new UnAlias("مجاهدو الشام في ساحات الجهاد (sub-unit name: Levantine Mujahideen on the Battlefields of Jihad)", "a.k.a."),
            ],
            nusra.Aliases);
        Assert.StartsWith("Associated with Al-Qaida (QDe.004)", nusra.Comments, StringComparison.Ordinal);
        Assert.Equal(43604, nusra.Line);
    }

    [Fact]
    public void Al_Qaida_in_Iraq_carries_the_ISIL_alias_and_each_update_date()
    {
        var aqi = ReadAll(Consolidated).Single(r => r.ReferenceNumber == "QDe.115");
        Assert.Equal("AL-QAIDA IN IRAQ", aqi.Name);
        Assert.Contains(new UnAlias("Islamic State in Iraq and the Levant", "a.k.a."), aqi.Aliases);
        Assert.Equal(16, aqi.Aliases.Count);
        Assert.Equal(new DateOnly(2014, 6, 2), aqi.LastUpdated[^1]);
        Assert.Equal(6, aqi.LastUpdated.Count);
        Assert.Equal(35614, aqi.Line);
    }

    [Fact]
    public void An_individuals_name_parts_are_joined_in_order_with_their_padding_removed()
    {
        var records = ReadAll(Consolidated);
        Assert.Equal("MOHAMMAD BAQER ZOLQADR", records.Single(r => r.ReferenceNumber == "IRi.043").Name);
        // Written as FIRST_NAME "CHARLES", SECOND_NAME "BLÉ  GOUDÉ" and two empty parts.
        Assert.Equal("CHARLES BLÉ GOUDÉ", records.Single(r => r.ReferenceNumber == "CIi.001").Name);
    }

    [Fact]
    public void A_listing_date_with_a_time_zone_keeps_its_calendar_date()
    {
        // <LISTED_ON>2015-03-27-04:00</LISTED_ON>
        var company = ReadAll(Consolidated).Single(r => r.ReferenceNumber == "TAe.014");
        Assert.Equal(new DateOnly(2015, 3, 27), company.ListedOn);
    }

    [Fact]
    public void The_older_AQList_export_reads_with_its_date_times_and_wrapped_text()
    {
        using var reader = new UnSanctionsListReader(File.OpenRead(AqListCut), "AQList.xml");
        var records = reader.ReadRecords().ToList();
        Assert.Equal(new DateOnly(2014, 11, 19), reader.DateGenerated);
        Assert.Equal(2, records.Count);

        var person = records[0];
        Assert.Equal((UnListedKind.Individual, "QI.A.12.01.", 111900L), (person.Kind, person.ReferenceNumber, person.DataId));
        Assert.Equal("NASHWAN ABD AL-RAZZAQ ABD AL-BAQI", person.Name);
        Assert.Equal(new DateOnly(2001, 10, 6), person.ListedOn);
        Assert.Equal([new DateOnly(2007, 5, 14), new DateOnly(2007, 7, 27)], person.LastUpdated);
        Assert.Equal(["Good", "Good", "Low"], person.Aliases.Select(a => a.Quality));
        Assert.Equal(
            "Al-Qaida senior official. In custody of the United States of America, as of July 2007. Review pursuant to Security Council resolution 1822 (2008) was concluded on 15 Jun. 2010.",
            person.Comments);
        Assert.Equal(4, person.Line);

        // The same group as QDe.137 in the 2015 list; its aliases, wrapped over lines here, read the same.
        var nusra = records[1];
        Assert.Equal((UnListedKind.Entity, "QE.A.137.14.", 54L), (nusra.Kind, nusra.ReferenceNumber, nusra.Line));
        Assert.Equal(new DateOnly(2014, 5, 14), nusra.ListedOn);
        var consolidated = ReadAll(Consolidated).Single(r => r.ReferenceNumber == "QDe.137");
        Assert.Equal(consolidated.Aliases, nusra.Aliases);
        Assert.Equal(consolidated.NameOriginalScript, nusra.NameOriginalScript);
    }

    [Fact]
    public void Malformed_XML_is_reported_at_the_offending_tag()
    {
        var e = ReadError(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<CONSOLIDATED_LIST dateGenerated=\"2015-03-27\">",
            "<ENTITIES>",
            "<ENTITY>",
            "<DATAID>1</DATAID>",
            "<FIRST_NAME>X</FIRST_NAM>",
            "</ENTITY>",
            "</ENTITIES>",
            "</CONSOLIDATED_LIST>");
        // The end tag's name starts at column 16 of line 6.
        Assert.Equal(
            "un.xml:6:16: malformed XML: The 'FIRST_NAME' start tag on line 6 position 2 does not match the end tag of 'FIRST_NAM'.",
            e.Message);
        Assert.Equal((6L, 16, null), (e.Line, e.Column, e.Field));
    }

    [Fact]
    public void A_record_without_a_reference_number_stops_the_read_at_its_start_tag()
    {
        var e = ReadError(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<CONSOLIDATED_LIST dateGenerated=\"2015-03-27\">",
            "<ENTITIES>",
            "  <ENTITY>",
            "    <DATAID>1</DATAID>",
            "    <FIRST_NAME>SOME FRONT</FIRST_NAME>",
            "    <REFERENCE_NUMBER> </REFERENCE_NUMBER>",
            "    <LISTED_ON>2014-05-14</LISTED_ON>",
            "  </ENTITY>",
            "</ENTITIES>",
            "</CONSOLIDATED_LIST>");
        Assert.Equal("un.xml:4:4 (REFERENCE_NUMBER): is missing: every ENTITY needs a reference number", e.Message);
    }

    [Fact]
    public void A_listing_date_that_is_not_a_date_is_reported_where_it_stands()
    {
        var e = ReadError(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<CONSOLIDATED_LIST dateGenerated=\"2015-03-27\">",
            "<INDIVIDUALS>",
            "<INDIVIDUAL>",
            "<DATAID>1</DATAID>",
            "<FIRST_NAME>SOMEONE</FIRST_NAME>",
            "<REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER>",
            "<LISTED_ON>2014-02-30</LISTED_ON>",
            "</INDIVIDUAL>",
            "</INDIVIDUALS>",
            "</CONSOLIDATED_LIST>");
        Assert.Equal("un.xml:8:2 (LISTED_ON): '2014-02-30' is not a date (yyyy-MM-dd)", e.Message);
    }

    [Fact]
    public void A_record_without_a_name_is_refused()
    {
        var e = ReadError(
            "<CONSOLIDATED_LIST dateGenerated=\"2015-03-27\"><ENTITIES>",
            "<ENTITY><DATAID>1</DATAID><FIRST_NAME/><REFERENCE_NUMBER>QDe.999</REFERENCE_NUMBER><LISTED_ON>2014-05-14</LISTED_ON></ENTITY>",
            "</ENTITIES></CONSOLIDATED_LIST>");
        Assert.Equal("un.xml:2:2 (FIRST_NAME): is missing: ENTITY QDe.999 has no name", e.Message);
    }

    [Fact]
    public void Another_root_element_is_not_taken_for_a_UN_list()
    {
        var e = Assert.Throws<DataFormatException>(() => Open("<?xml version=\"1.0\"?>", "<sanctionsData dateGenerated=\"2015-03-27\"/>"));
        Assert.Equal("un.xml:2:2: the root element is <sanctionsData>, not <CONSOLIDATED_LIST>: this is not a UN sanctions list", e.Message);
    }

    [Fact]
    public void A_document_type_declaration_is_refused()
    {
        var e = Assert.Throws<DataFormatException>(() => Open(
            "<?xml version=\"1.0\"?>",
            "<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x \"y\">]>",
            "<CONSOLIDATED_LIST dateGenerated=\"2015-03-27\"/>"));
        // XmlReader gives no position for this refusal: the whole file (line 0) is refused.
        Assert.StartsWith("un.xml:0: malformed XML: For security reasons DTD is prohibited in this XML document.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_section_is_refused_rather_than_skipped()
    {
        var e = ReadError("<CONSOLIDATED_LIST dateGenerated=\"2015-03-27\">", " <VESSELS><VESSEL/></VESSELS>", "</CONSOLIDATED_LIST>");
        Assert.Equal("un.xml:2:3 (VESSELS): is not a part of a UN list: expected INDIVIDUALS or ENTITIES", e.Message);
    }

    [Fact]
    public void The_records_can_be_read_only_once()
    {
        using var reader = Open("<CONSOLIDATED_LIST dateGenerated=\"2015-03-27\"/>");
        Assert.Empty(reader.ReadRecords());
        Assert.Throws<InvalidOperationException>(reader.ReadRecords);
    }
}
