using System.Globalization;
using System.Text.Json;

namespace Truce.Server.Tests.Browser;

/// <summary>The web UI in real Chromium over the demo data (Aleppo 2016 scenario, adjudicated). Screenshots: tests/Truce.Server.Tests/artifacts/.</summary>
[Trait("Category", "Browser")]
public sealed class WebUiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_demo_loads_and_draws_the_basemap_and_event_cells()
    {
        var r = await BrowserRun.Scenario(server.Client.BaseAddress!, "load");
        Assert.InRange(r.GetProperty("admin1").GetInt32(), 14, 200); // every governorate outline drawn (tiles may cut one in pieces)
        Assert.InRange(r.GetProperty("admin2").GetInt32(), 62, 500);
        Assert.InRange(r.GetProperty("bins").GetInt32(), 1, 10_000);
        Assert.Equal(["United States", "Russia", "UN envoy", "Disputed only"], r.GetProperty("stakeholders").EnumerateArray().Select(s => s.GetString()));
        var firstRender = r.GetProperty("firstRenderMs").GetDouble();
        var line = string.Create(CultureInfo.InvariantCulture, $"time to first map render: {firstRender:0} ms from navigation start (page load to settled map: {r.GetProperty("wallMs").GetInt32()} ms)");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        await File.WriteAllTextAsync(Path.Combine(BrowserRun.Artifacts, "first-render.txt"), line + "\n", TestContext.Current.CancellationToken);
        Assert.InRange(firstRender, 1, 20_000);
    }

    [Fact]
    public async Task Signing_in_shows_who_is_signed_in_and_signing_out_shows_the_form_again()
    {
        TestUsers.Add(server.Db, "browser-user", Domain.Access.Role.Party, "syrian-opposition", "browser-pass-1");
        var r = await BrowserRun.Scenario(server.Client.BaseAddress!, "signin");
        Assert.Equal("browser-user (party:syrian-opposition) Sign out", r.GetProperty("signedIn").GetString());
        Assert.False(r.GetProperty("cookieVisibleToScripts").GetBoolean()); // HttpOnly
        Assert.Equal("Sign in", r.GetProperty("signedOut").GetString());
    }

    [Fact]
    public async Task The_sites_layer_appears_for_the_monitor_and_goes_when_it_signs_out()
    {
        TestUsers.Add(server.Db, "browser-monitor", Domain.Access.Role.Monitor, password: "browser-pass-2");
        using (var store = Storage.Sqlite.SqliteEventStore.Open(server.Db))
        {
            if (store.Sites().Count == 0)
            {
                store.NotifySites(
                [
                    new(Sites.SiteServer.Site("UI-H-1", "MSF", Domain.Deconfliction.SiteCategory.Hospital, "UI test hospital", 36.2050, 37.1500, 150, "MSF desk"), []),
                    new(Sites.SiteServer.Site("UI-S-2", "UNICEF", Domain.Deconfliction.SiteCategory.School, "UI test school", 36.2200, 37.1700, 100, "UNICEF desk"), []),
                ], "test");
            }
        }

        var r = await BrowserRun.Scenario(server.Client.BaseAddress!, "sites");
        Assert.Equal(0, r.GetProperty("publicSites").GetInt32());
        Assert.Equal(2, r.GetProperty("monitorSites").GetInt32());
        Assert.Equal(["UI-H-1", "UI-S-2"], r.GetProperty("renderedSites").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, r.GetProperty("afterSignOut").GetInt32());
    }

    [Fact]
    public async Task Moving_the_slider_recolours_a_neighbourhood_that_changed_hands()
    {
        var r = await BrowserRun.Scenario(server.Client.BaseAddress!, "slider");
        var (before, after) = (r.GetProperty("before"), r.GetProperty("after"));
        Assert.Equal("2016-11-14 – 2016-11-20", before.GetProperty("label").GetString());
        Assert.Equal("2016-12-17 – 2016-12-23", after.GetProperty("label").GetString());

        // Hanano (N0129): rebel-held until 26 Nov 2016 (C031), government from then (C032).
        Assert.Equal("Opposition/rebels", before.GetProperty("hanano").GetProperty("controller").GetString());
        Assert.Equal("Government/allies", after.GetProperty("hanano").GetProperty("controller").GetString());
        Assert.NotEqual(Rgba(before.GetProperty("hanano").GetProperty("paint")), Rgba(after.GetProperty("hanano").GetProperty("paint")));
        Assert.Equal(before.GetProperty("hanano").GetProperty("color").GetString(), Hex(before.GetProperty("hanano").GetProperty("paint")));
    }

    [Fact]
    public async Task Switching_stakeholder_recolours_an_event_they_judge_differently()
    {
        var r = await BrowserRun.Scenario(server.Client.BaseAddress!, "stakeholder");
        var views = r.GetProperty("views");
        string Outcome(string view) => views.GetProperty(view).GetProperty("outcome").GetString()!;
        string Color(string view) => views.GetProperty(view).GetProperty("color").GetString()!;

        // UCDP 233028 (Ahrar al-Sham on Jabhat Fateh al-Sham, 31 Oct 2016): Russia and the UN envoy follow the renaming, the US does not.
        Assert.Equal("permitted", Outcome("Russia"));
        Assert.Equal("violation", Outcome("United States"));
        Assert.Equal("permitted", Outcome("UN envoy"));
        Assert.Equal("#d7301f", Color("United States"));
        Assert.Equal("#2b8cbe", Color("Russia"));
        Assert.Equal("#8e24aa", Color("Disputed only"));
        Assert.True(views.GetProperty("Disputed only").GetProperty("disputed").GetBoolean());
    }

    [Fact]
    public async Task Clicking_an_event_shows_its_record_and_each_stakeholders_explanation()
    {
        // A monitor's grade and two cited sources, one confidential: the public panel shows the grade and withholds the witness.
        var subject = Domain.Sources.SubjectKey.Parse("ucdp-ged:233028");
        using (var store = Storage.Sqlite.SqliteEventStore.Open(server.Db))
        {
            if (store.Gradings(subject).Count == 0)
            {
                store.AddGrading(subject, Domain.Sources.CredibilityGrade.Weak, "one local report", "monitor-1");
                store.AddGrading(subject, Domain.Sources.CredibilityGrade.Fair, "two independent sources", "monitor-2");
                store.AddSource(new Domain.Sources.SourceDraft("https://www.syriahr.com/en/1", "SOHR", new DateOnly(2016, 11, 1), "a strike hit the market", null), [subject], "monitor-1");
                store.AddSource(new Domain.Sources.SourceDraft("https://example.org/w", "Witness W-17", null, "I saw the aircraft", null, Confidential: true), [subject], "monitor-1");
            }
        }

        var r = await BrowserRun.Scenario(server.Client.BaseAddress!, "event");
        Assert.Equal("Event ucdp-ged:233028", r.GetProperty("title").GetString());
        Assert.Equal("1", r.GetProperty("best").GetString());
        var text = r.GetProperty("text").GetString()!;
        Assert.Contains("Ahrar al-Sham → Jabhat Fateh al-Sham", text, StringComparison.Ordinal);
        Assert.Contains("2016-10-31 (exact day)", text, StringComparison.Ordinal);
        Assert.Contains("best 1, low 1, high 1", text, StringComparison.Ordinal);
        Assert.Contains("Fair — two independent sources (monitor-2", text, StringComparison.Ordinal);
        Assert.Contains("1 earlier grading", text, StringComparison.Ordinal);
        Assert.Contains("SOHR 2016-11-01 link “a strike hit the market”", text, StringComparison.Ordinal);
        Assert.Contains("identity withheld “I saw the aircraft”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("W-17", text, StringComparison.Ordinal);
        var a1 = r.GetProperty("a1").EnumerateArray().ToDictionary(c => c.GetProperty("stakeholder").GetString()!, c => c.GetProperty("text").GetString()!, StringComparer.Ordinal);
        Assert.Equal(["us", "ru", "un-envoy"], a1.Keys);
        Assert.StartsWith("violation", a1["us"].Trim(), StringComparison.Ordinal);
        Assert.Contains("Jabhat Fateh al-Sham (ucdp:1170) is in no list us accepts", a1["us"], StringComparison.Ordinal);
        Assert.StartsWith("permitted", a1["ru"].Trim(), StringComparison.Ordinal);
        Assert.Contains("ru reads the exemption as", a1["ru"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_change_view_lists_what_changed_hands_and_outlines_it_on_the_map()
    {
        var r = await BrowserRun.Scenario(server.Client.BaseAddress!, "change");
        var areas = r.GetProperty("areas").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.Equal(areas.Count, r.GetProperty("changedAreas").GetInt32());
        Assert.Contains("N0129", areas); // Hanano
        Assert.DoesNotContain("N0123", areas); // Sheikh Maqsoud: YPG/SDF throughout
        var controllers = r.GetProperty("controllers").EnumerateArray().ToDictionary(c => c[0].GetString()!, c => c.EnumerateArray().Skip(1).Select(v => double.Parse(v.GetString()!, CultureInfo.InvariantCulture)).ToArray(), StringComparer.Ordinal);
        Assert.Equal(0, controllers["Opposition/rebels"][0]);
        Assert.True(controllers["Opposition/rebels"][1] > 20, "east Aleppo: over 20 km² lost by the rebels");
        Assert.True(controllers["Government/allies"][0] > 20);
        Assert.Equal(-controllers["Opposition/rebels"][1], controllers["Opposition/rebels"][2], 0.011); // net = gained - lost
        var outlined = r.GetProperty("outlined").EnumerateArray().Select(k => k.GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("N0129", outlined);
        Assert.Subset(areas.ToHashSet(StringComparer.Ordinal), outlined);
    }

    [Fact]
    public async Task The_humanitarian_layer_draws_besieged_east_Aleppo_with_its_sources_and_the_readiness_panel_lists_the_conditions()
    {
        var r = await BrowserRun.Scenario(server.Client.BaseAddress!, "humanitarian");
        Assert.Contains("east-aleppo", r.GetProperty("rendered").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2016-11-20", r.GetProperty("probe").GetProperty("day").GetString());

        // The label and the panel: the population range across sources and the days since aid, as the API computes them.
        var label = r.GetProperty("label").GetString()!;
        Assert.Contains("250,000–300,000 people (9 figures)", label, StringComparison.Ordinal);
        Assert.Contains("112–136 days since aid entered", label, StringComparison.Ordinal);
        var summary = r.GetProperty("summary").GetString()!;
        Assert.Contains("East Aleppo — besieged (7 of 7 start definitions)", summary, StringComparison.Ordinal);
        Assert.Contains("250,000", summary, StringComparison.Ordinal);
        Assert.Contains("112–136", summary, StringComparison.Ordinal);
        Assert.Contains("besieged area (dashed: derived from the control record)", r.GetProperty("legend").GetString(), StringComparison.Ordinal);

        // A convoy symbol of the window (14–20 November): what the source states, and the source.
        Assert.Contains(r.GetProperty("convoyClicked").GetString(), (string[])["V30", "V33"]);
        var convoy = r.GetProperty("convoy").GetString()!;
        Assert.Contains("convoys.csv#V30", convoy, StringComparison.Ordinal);
        Assert.Contains("Syrian government rejected the UN request", convoy, StringComparison.Ordinal);
        Assert.Contains("(derived)", convoy, StringComparison.Ordinal);
        Assert.Contains(r.GetProperty("convoyLinks").EnumerateArray(), a => a.GetString()!.StartsWith("https://", StringComparison.Ordinal));

        // The area: every figure with who gave it, the ends of the range marked, the derivation said.
        var area = r.GetProperty("area").GetString()!;
        Assert.Contains("Shape derived, not mapped: control record: Opposition/rebels on 2016-11-20", area, StringComparison.Ordinal);
        Assert.Contains("Sources disagree: from 250,000 to 300,000", area, StringComparison.Ordinal);
        var figures = r.GetProperty("figures").EnumerateArray().ToDictionary(f => f[0].GetString()!, f => f.EnumerateArray().Select(c => c.GetString()!).ToArray(), StringComparer.Ordinal);
        Assert.Equal(9, figures.Count);
        Assert.Equal(["S09", "UN OCHA (Jens Laerke)", "275,000", "2016-10-05"], figures["S09"]);
        Assert.Equal("300,000 (highest)", figures["S29"][2]);
        Assert.Equal(9, r.GetProperty("areaLinks").GetArrayLength());

        // Readiness: the five conditions, each as the API evaluates it on the day, with a strip of when it held.
        var (_, api) = await server.Get("/api/conditions?at=2016-11-20");
        var expected = api.EnumerateArray().Select(c => (c.GetProperty("id").GetString(), c.GetProperty("outcome").GetString())).ToList();
        var shown = r.GetProperty("readiness").EnumerateArray().ToList();
        Assert.Equal(expected, shown.Select(c => (c.GetProperty("id").GetString(), c.GetProperty("outcome").GetString())));
        Assert.Equal(["calm-a1", "calm-a4", "aid-30", "lists-agree-a1", "lists-agree-a4"], shown.Select(c => c.GetProperty("id").GetString()));
        var lists = shown.Single(c => c.GetProperty("id").GetString() == "lists-agree-a1");
        Assert.Equal("holds", lists.GetProperty("outcome").GetString());
        Assert.Equal("since 2016-11-10", lists.GetProperty("since").GetString());
        Assert.All(shown, c => Assert.True(c.GetProperty("spans").GetInt32() >= 1));
        Assert.Contains("East Aleppo: 112–136 days since the last delivery", shown.Single(c => c.GetProperty("id").GetString() == "aid-30").GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static string Rgba(JsonElement paint) => string.Create(CultureInfo.InvariantCulture, $"{paint.GetProperty("r").GetDouble():0.000},{paint.GetProperty("g").GetDouble():0.000},{paint.GetProperty("b").GetDouble():0.000}");

    private static string Hex(JsonElement paint) => string.Create(CultureInfo.InvariantCulture,
        $"#{(int)Math.Round(paint.GetProperty("r").GetDouble() * 255):x2}{(int)Math.Round(paint.GetProperty("g").GetDouble() * 255):x2}{(int)Math.Round(paint.GetProperty("b").GetDouble() * 255):x2}");
}
