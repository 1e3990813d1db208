using Truce.Domain.Access;

namespace Truce.Domain.Tests.Access;

public sealed class AccessTests
{
    [Theory]
    [InlineData(Role.Public, "read-published")]
    [InlineData(Role.Analyst, "read-published read-non-confidential")]
    [InlineData(Role.Party, "read-published read-own-compartment submit-own-sites run-checks")]
    [InlineData(Role.Monitor, "read-published read-non-confidential read-confidential write-events adjudicate verify-audit run-checks")]
    [InlineData(Role.Admin, "read-published read-non-confidential read-confidential read-own-compartment write-events adjudicate verify-audit manage-users submit-own-sites run-checks")]
    public void Each_role_grants_exactly_its_documented_permissions(Role role, string names) =>
        Assert.Equal(names, PermissionNames.Format(Roles.Grants(role)));

    [Fact]
    public void A_token_scope_narrows_what_the_role_grants_and_never_widens_it()
    {
        var monitor = new Caller("m", Role.Monitor, null, Permissions.ReadPublished | Permissions.ManageUsers);
        Assert.True(monitor.Can(Permissions.ReadPublished));
        Assert.False(monitor.Can(Permissions.WriteEvents)); // the role grants it, the scope does not
        Assert.False(monitor.Can(Permissions.ManageUsers)); // the scope names it, the role does not grant it
    }

    [Fact]
    public void A_party_reads_its_own_compartment_and_no_other()
    {
        var party = new Caller("p", Role.Party, "syrian-opposition", Permissions.All);
        Assert.True(party.CanReadCompartment("syrian-opposition"));
        Assert.False(party.CanReadCompartment("syrian-government"));
        Assert.False(Caller.Public.CanReadCompartment("syrian-opposition"));
        Assert.False(new Caller("a", Role.Analyst, null, Permissions.All).CanReadCompartment("syrian-opposition"));
        Assert.True(new Caller("m", Role.Monitor, null, Permissions.All).CanReadCompartment("syrian-government"));
    }

    [Theory]
    [InlineData("admin", Role.Admin, null)]
    [InlineData("public", Role.Public, null)]
    [InlineData("party:syrian-opposition", Role.Party, "syrian-opposition")]
    public void A_role_is_read_as_written(string text, Role role, string? party)
    {
        Assert.True(Roles.TryParse(text, out var r, out var p, out _));
        Assert.Equal((role, party), (r, p));
        Assert.Equal(text, Roles.Name(r, p));
    }

    [Theory]
    [InlineData("Admin")]
    [InlineData("party")]
    [InlineData("party:")]
    [InlineData("party:Syrian Opposition")]
    [InlineData("party:-x")]
    [InlineData("root")]
    public void A_role_that_is_not_one_is_refused(string text) =>
        Assert.False(Roles.TryParse(text, out _, out _, out _));

    [Fact]
    public void An_unknown_scope_name_is_refused_and_named()
    {
        Assert.False(PermissionNames.TryParse("read-published,write-everything", out _, out var unknown));
        Assert.Equal("write-everything", unknown);
        Assert.Equal(Permissions.ReadPublished | Permissions.WriteEvents, PermissionNames.Parse("write-events, read-published"));
    }
}
