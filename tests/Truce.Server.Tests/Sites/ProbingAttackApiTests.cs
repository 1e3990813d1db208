using System.Net;
using System.Text.Json;
using Truce.Domain.Access;
using Truce.Domain.Deconfliction;
using Truce.Geo.Geodesy;
using Truce.Geo.Tests.Deconfliction.Attacks;

namespace Truce.Server.Tests.Sites;

/// <summary>
/// Issue 7: the scripted attackers (boundary walk, grid scan, trilateration — the same code as the
/// in-process tests, linked from Truce.Geo.Tests) against the real HTTP API, each as a party user of
/// its own, hunting party beta's headquarters from a suspicion 150 m off. Each must be detected
/// within 50 queries (a monitor alert naming its pattern; its next check refused with a 429) and
/// end no closer to the real site than the declared buffer.
/// </summary>
public sealed class ProbingAttackApiTests(SiteServer server) : IClassFixture<SiteServer>
{
    public static TheoryData<string, string> Attackers => new()
    {
        { "boundary walker", "boundary-walk" },
        { "grid scanner", "grid-scan" },
        { "trilaterator", "trilateration" },
    };

    [Theory]
    [MemberData(nameof(Attackers))]
    public async Task A_scripted_attacker_is_detected_within_50_queries_and_localises_the_site_no_better_than_its_buffer(string attacker, string pattern)
    {
        var user = "attacker-" + attacker.Replace(' ', '-');
        server.Tokens[user] = TestUsers.Token(server.Db, user, Role.Party, "gamma").Token;
        var asked = 0;
        async ValueTask<bool?> Oracle(double lat, double lon, double radius)
        {
            asked++;
            var (status, body, response) = await server.Check(user, lat, lon, radius);
            response.Dispose();
            return status switch
            {
                HttpStatusCode.OK => SiteServer.Answer(body) == "conflict",
                HttpStatusCode.TooManyRequests => null,
                _ => throw new InvalidOperationException($"{(int)status}: {body}"),
            };
        }

        var (lat0, lon0) = Offset(SiteServer.BetaLatitude, SiteServer.BetaLongitude, 150, 40);
        var result = attacker switch
        {
            "boundary walker" => await BoundaryWalker.Run(Oracle, lat0, lon0, 4_000, 10_000),
            "grid scanner" => await GridScanner.Run(Oracle, lat0, lon0, 4_000, 49, 10_000),
            _ => await Trilaterator.Run(Oracle, lat0, lon0, 5_000, 10_000, 10_000),
        };

        var (_, alerts, r) = await server.Send("GET", $"/api/deconfliction/alerts?principal=user:{user}", "monitor");
        r.Dispose();
        var alert = Assert.Single(JsonDocument.Parse(alerts).RootElement.EnumerateArray());
        Assert.Equal(pattern, alert.GetProperty("pattern").GetString());
        Assert.True(alert.GetProperty("checks").GetInt32() <= 50, $"alert after {alert.GetProperty("checks").GetInt32()} checks");
        Assert.True(result.Refused, $"{attacker} was never refused ({asked} queries)");
        Assert.True(asked <= 51, $"{attacker} asked {asked} queries before it was refused");
        var error = result.Latitude is null
            ? double.PositiveInfinity
            : EllipsoidDistance.Metres(result.Latitude.Value, result.Longitude!.Value, SiteServer.BetaLatitude, SiteServer.BetaLongitude);
        Assert.True(error >= ProtectionBuffer.DefaultDeclaredMetres, $"{attacker} ended {error:F0} m from the site");
        TestContext.Current.TestOutputHelper?.WriteLine($"{attacker}: {pattern} after {alert.GetProperty("checks").GetInt32()} checks; {asked} queries; estimate {error:F0} m from the site");
    }

    /// <summary>The point <paramref name="metres"/> from (lat, lon) on a bearing, on a local plane (small distances).</summary>
    private static (double Lat, double Lon) Offset(double lat, double lon, double metres, double bearingDegrees)
    {
        var plane = new AttackPlane(lat, lon);
        var b = bearingDegrees * Math.PI / 180;
        return plane.ToDegrees(metres * Math.Sin(b), metres * Math.Cos(b));
    }
}

/// <summary>A server whose detector never fires (thresholds out of reach): what the buffer alone guarantees over HTTP.</summary>
public sealed class UndefendedSiteServer : SiteServer
{
    protected override Geo.Deconfliction.ProbeDetectorOptions? Probing => new()
    {
        SiteProbingChecks = 1_000_000,
        BoundaryWalkSteps = 1_000_000,
        GridPoints = 1_000_000,
        TrilaterationRadii = 1_000_000,
        TrilaterationCentres = 1_000_000,
    };
}

/// <summary>Issue 7's guarantee without the detector: an attacker that maps the checked boundary over HTTP to within a metre still ends at least the declared buffer from the real site.</summary>
public sealed class UndefendedProbingApiTests(UndefendedSiteServer server) : IClassFixture<UndefendedSiteServer>
{
    [Fact]
    public async Task Undetected_a_boundary_walker_maps_the_checked_disc_yet_ends_at_least_the_declared_buffer_from_the_site()
    {
        server.Tokens["walker"] = TestUsers.Token(server.Db, "walker", Role.Party, "gamma").Token;
        async ValueTask<bool?> Oracle(double lat, double lon, double radius)
        {
            var (status, body, response) = await server.Check("walker", lat, lon, radius);
            response.Dispose();
            Assert.Equal(HttpStatusCode.OK, status);
            return SiteServer.Answer(body) == "conflict";
        }

        var plane = new AttackPlane(SiteServer.BetaLatitude, SiteServer.BetaLongitude);
        var (lat0, lon0) = plane.ToDegrees(150 * Math.Sin(0.7), 150 * Math.Cos(0.7));
        var result = await BoundaryWalker.Run(Oracle, lat0, lon0, 4_000, 2_000);
        Assert.False(result.Refused);
        Assert.NotNull(result.Latitude);
        var error = EllipsoidDistance.Metres(result.Latitude.Value, result.Longitude!.Value, SiteServer.BetaLatitude, SiteServer.BetaLongitude);
        Assert.InRange(error, ProtectionBuffer.DefaultDeclaredMetres, ProtectionBuffer.DefaultMaxShiftMetres + 1);
        TestContext.Current.TestOutputHelper?.WriteLine($"undetected boundary walker: {result.Queries} queries; estimate {error:F1} m from the site");
    }
}
