using Truce.Domain.Actors;
using static Truce.Domain.Tests.World;

namespace Truce.Domain.Tests;

public sealed class ActorMatchTests
{
    private static readonly ActorRegistry Registry = new(World.Actors(), Names(), Links());

    [Theory]
    [InlineData("Hay’at Tahrir al-Sham", "hts")]
    [InlineData("hayat tahrir al sham", "hts")]
    [InlineData("JABHAT AL-NUSRA", "nusra")]
    [InlineData("isil", "is")]
    public void Names_match_ignoring_case_accents_apostrophes_and_hyphens(string name, string id)
    {
        var match = Registry.Match(name);
        Assert.Equal(ActorMatchKind.Whole, match.Kind);
        Assert.Equal([id], match.ActorIds);
    }

    [Fact]
    public void A_coalition_name_is_matched_part_by_part()
    {
        var match = Registry.Match("Ahrar al-Sham, Jabhat Fateh al-Sham, Southern Front");
        Assert.Equal(ActorMatchKind.Unmatched, match.Kind);
        Assert.Equal(["nusra", "reb"], match.ActorIds);
        Assert.Equal(["Southern Front"], match.UnmatchedParts);
        Assert.Equal(ActorMatchKind.Parts, Registry.Match("Ahrar al-Sham, Jabhat Fateh al-Sham").Kind);
    }

    [Fact]
    public void A_name_two_actors_share_as_alias_is_ambiguous_and_unmatched()
    {
        var registry = new ActorRegistry([new Actor { Id = "a", Name = "A", Aliases = ["Army"] }, new Actor { Id = "b", Name = "B", Aliases = ["Army"] }], [], []);
        Assert.Equal(ActorMatchKind.Unmatched, registry.Match("Army").Kind);
    }

    [Fact]
    public void The_name_an_actor_bore_on_a_day_follows_its_renamings()
    {
        Assert.Equal("Jabhat al-Nusra", Registry.NameOn("nusra", Renamed.AddDays(-1))!.Name);
        Assert.Equal("Jabhat Fateh al-Sham", Registry.NameOn("nusra", Renamed)!.Name);
        Assert.Null(Registry.NameOn("nusra", Merged));
    }
}
