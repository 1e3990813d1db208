using Truce.Domain.Actors;
using Truce.Domain.Sources;
using Truce.Formats.UnSanctions;
using Truce.Testing;

namespace Truce.Formats.Tests;

public sealed class UnEntityConversionTests
{
    private const string FileName = "consolidated-2015-03-27.xml";

    private static readonly Lazy<List<UnSanctionsRecord>> Records = new(() =>
    {
        using var reader = new UnSanctionsListReader(File.OpenRead(Path.Combine(RepoFiles.Root, "data", "un", FileName)), FileName);
        return reader.ReadRecords().ToList();
    });

    private static UnSanctionsRecord Record(string reference) => Records.Value.Single(r => r.ReferenceNumber == reference);

    [Fact]
    public void Al_Nusrah_Front_becomes_an_actor_known_by_every_listed_name()
    {
        var actor = UnEntityConversion.ToActor(Record("QDe.137"));
        Assert.Equal("un:QDe.137", actor.Id);
        Assert.Equal("AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT", actor.Name);
        Assert.Equal(ActorType.Unknown, actor.Type);
        Assert.Equal(
            [
                "جبهة النصرة (the Victory Front; Jabhat al-Nusrah; Jabhet al-Nusra; Al-Nusrah Front; Al-Nusra Front)",
                "شبكة أنصار المجاهدين (sub-unit name: Ansar al-Mujahideen Network)",
                "مجاهدو الشام في ساحات الجهاد (sub-unit name: Levantine Mujahideen on the Battlefields of Jihad)",
                "جبهة النصرة لأهل الشام",
            ],
            actor.Aliases);
    }

    [Fact]
    public void Al_Qaida_in_Iraq_is_known_as_ISIL()
    {
        var actor = UnEntityConversion.ToActor(Record("QDe.115"));
        Assert.True(actor.IsKnownAs("islamic state in iraq and the levant"));
        Assert.True(actor.IsKnownAs("القاعده في العراق"));
    }

    [Fact]
    public void The_listing_quotes_the_record_it_comes_from()
    {
        var listing = UnEntityConversion.ToListing(Record("QDe.137"), FileName);
        var source = new SourceRef(FileName, "QDe.137", Quote: "QDe.137 | AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT | LISTED_ON 2014-05-14");
        Assert.Equal(new UnListing("un:QDe.137", "UN Security Council", "QDe.137", "Al-Qaida", new DateOnly(2014, 5, 14), source), listing);
        Assert.Equal("consolidated-2015-03-27.xml#QDe.137", listing.Source.ToString());
    }

    [Fact]
    public void Every_entity_of_the_2015_list_becomes_its_own_actor()
    {
        // 424 entities with 424 distinct reference numbers (Python, ElementTree).
        var actors = Records.Value.Where(r => r.Kind == UnListedKind.Entity).Select(UnEntityConversion.ToActor).ToList();
        Assert.Equal(424, actors.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(actors, a => a.Aliases.Contains(a.Name));
    }

    [Fact]
    public void An_individual_is_not_converted_to_an_actor()
    {
        var jawlani = Record("QDi.317");
        Assert.Throws<ArgumentException>(() => UnEntityConversion.ToActor(jawlani));
        Assert.Throws<ArgumentException>(() => UnEntityConversion.ToListing(jawlani, FileName));
    }
}
