using System.Text;
using Truce.Domain.Actors;
using Truce.Domain.Errors;
using Truce.Formats.Ucdp;
using Truce.Testing;

namespace Truce.Formats.Tests;

public sealed class UcdpActorReaderTests
{
    private static readonly string ActorList = Path.Combine(RepoFiles.Root, "data", "ucdp", "ucdp-actor-221.csv");

    private static Dictionary<string, UcdpActorRecord> ReadAll()
    {
        using var reader = new UcdpActorReader(File.OpenRead(ActorList), "actors.csv");
        return reader.ReadActors().ToDictionary(r => r.Actor.Id);
    }

    [Fact]
    public void The_real_actor_list_reads_whole_despite_its_BOM()
    {
        var actors = ReadAll();
        // Counted independently with Python's csv module (utf-8-sig): 1,725 rows; 219 splinters,
        // 111 alliance members, 76 group members; 163 governments (Org 4).
        Assert.Equal(1725, actors.Count);
        Assert.Equal(163, actors.Values.Count(a => a.Actor.Type == ActorType.StateForces));
        Assert.Equal(219, actors.Values.Count(a => a.Links.Any(l => l.Kind == ActorLinkKind.SplinterOf)));
    }

    [Fact]
    public void Nusra_keeps_its_names_and_its_alliance_with_HTS()
    {
        var jfs = ReadAll()["ucdp:1170"];
        Assert.Equal("Jabhat Fateh al-Sham", jfs.Actor.Name);
        Assert.True(jfs.Actor.IsKnownAs("Jabhat al-Nusra li al-Sham"));
        Assert.True(jfs.Actor.IsKnownAs("front for the conquest of the levant"));
        Assert.Equal([new ActorLink("ucdp:1170", ActorLinkKind.MemberOf, "ucdp:6815", null, null, "actors.csv:" + jfs.Line)], jfs.Links);
    }

    [Fact]
    public void Islamic_State_is_known_by_each_of_its_successive_names()
    {
        var isis = ReadAll()["ucdp:234"].Actor;
        Assert.Equal("IS", isis.Name);
        foreach (var name in new[] { "ISI", "ISIS", "TQJBR", "Islamic State of Iraq", "Islamic State in Iraq and al-Sham", "Jama’at Al-Tawhid wa Al-Jihad" })
        {
            Assert.True(isis.IsKnownAs(name), name);
        }
    }

    [Fact]
    public void A_splinter_with_several_parents_links_to_each()
    {
        var links = ReadAll().Values.First(a => a.Links.Count(l => l.Kind == ActorLinkKind.SplinterOf) == 2).Links;
        Assert.Equal(2, links.Count(l => l.Kind == ActorLinkKind.SplinterOf));
    }

    [Fact]
    public void A_bad_actor_id_is_reported_where_it_stands()
    {
        var lines = File.ReadLines(ActorList).Take(3).ToArray();
        lines[2] = "x" + lines[2];
        using var reader = new UcdpActorReader(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))), "a.csv");
        var e = Assert.Throws<DataFormatException>(() => reader.ReadActors().ToList());
        Assert.Equal((3L, 1, "ActorId"), (e.Line, e.Column, e.Field));
    }
}
