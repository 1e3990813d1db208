using Truce.Domain.Control;
using Truce.Domain.Sources;
using Truce.Domain.Spatial;
using Truce.Geo.Control;

namespace Truce.Geo.Tests.Control;

public sealed class ControlTimelineDiffTests
{
    private static readonly ControlTimeline Aleppo = new(RealLayers.Aleppo);

    /// <summary>
    /// Computed independently by aleppo_diff_check.py (standard-library Python: its own CSV and
    /// date handling, areas by numerical integration of the ellipsoid's area element) for
    /// 2016-11-20 → 2016-12-23: P-code, km², controllers before → after.
    /// </summary>
    private static readonly (string Code, double Km2, string Before, string After)[] Expected =
    [
        ("N0120", 1.956336, "Opposition/rebels", "Government/allies"),
        ("N0122", 1.453219, "Opposition/rebels", "Government/allies"),
        ("N0125", 0.914264, "Opposition/rebels", "Government/allies"),
        ("N0126", 0.730206, "Opposition/rebels", "Government/allies + YPG/SDF"),
        ("N0129", 4.624499, "Opposition/rebels", "Government/allies"),
        ("N0130", 0.491662, "Opposition/rebels", "Government/allies + YPG/SDF|YPG/SDF"),
        ("N0132", 0.936012, "Opposition/rebels", "YPG/SDF"),
        ("N0134", 1.282011, "Opposition/rebels", "Government/allies"),
        ("N0139", 1.125054, "Opposition/rebels", "Government/allies"),
        ("N0146", 1.317335, "Opposition/rebels", "Government/allies"),
        ("N0155", 0.378872, "Opposition/rebels", "Government/allies"),
        ("N0156", 0.816096, "Opposition/rebels", "Contested|Government/allies"),
        ("N0157", 0.902057, "Opposition/rebels", "Government/allies"),
        ("N0159", 0.131687, "Opposition/rebels", ""),
        ("N0167", 0.226839, "Opposition/rebels", ""),
        ("N0168", 0.236299, "Opposition/rebels", "Government/allies"),
        ("N0170", 0.264555, "Opposition/rebels", ""),
        ("N0177", 0.572583, "Opposition/rebels", "Government/allies"),
        ("N0178", 0.201805, "Opposition/rebels", ""),
        ("N0179", 0.248685, "Opposition/rebels", "Government/allies"),
        ("N0180", 0.153538, "Opposition/rebels", ""),
        ("N0183", 0.895756, "Opposition/rebels", "Government/allies"),
        ("N0187", 2.170735, "Opposition/rebels", "Government/allies"),
        ("N0189", 0.259816, "Opposition/rebels", "Government/allies"),
        ("N0194", 0.689356, "Opposition/rebels", "Government/allies"),
        ("N0197", 0.454004, "Opposition/rebels", "Government/allies"),
        ("N0204", 0.933925, "Opposition/rebels", "Government/allies"),
        ("N0207", 0.443576, "", "Government/allies"),
        ("N0208", 0.676099, "", "Contested"),
        ("N0209", 0.294343, "Opposition/rebels", "Government/allies"),
        ("N0211", 1.220860, "Opposition/rebels", "Government/allies"),
        ("N0217", 1.533124, "", "Government/allies"),
        ("N0225", 3.368924, "Opposition/rebels", "Government/allies"),
    ];

    private static string Joined(IEnumerable<string> controllers) => string.Join('|', controllers.Order(StringComparer.Ordinal));

    [Fact]
    public void The_December_offensive_moves_the_polygons_an_independent_computation_finds()
    {
        var diff = Aleppo.Diff(new DateOnly(2016, 11, 20), new DateOnly(2016, 12, 23));
        Assert.Equal(Expected.Select(e => e.Code), diff.Changes.Select(c => c.Key));
        foreach (var (change, expected) in diff.Changes.Zip(Expected))
        {
            Assert.Equal(ControlShape.Area, change.Shape);
            Assert.Equal(expected.Before, Joined(change.ControllersBefore));
            Assert.Equal(expected.After, Joined(change.ControllersAfter));
            Assert.Equal(expected.Km2, change.AreaKm2, expected.Km2 * 1e-4);
        }
    }

    [Fact]
    public void Gains_and_losses_match_the_independent_totals_and_ignore_unknown_polygons()
    {
        var diff = Aleppo.Diff(new DateOnly(2016, 11, 20), new DateOnly(2016, 12, 23));
        var byController = diff.Controllers.ToDictionary(c => c.Controller);
        // aleppo_diff_check.py: Government/allies gained 26.115028 km² (N0207 and N0217, unknown on
        // 20 Nov, excluded), rebels lost 28.272909 km² (the five Old City polygons, unknown on 23 Dec, excluded).
        Assert.Equal(26.115028, byController["Government/allies"].GainedKm2, 26.115028 * 1e-4);
        Assert.Equal(0, byController["Government/allies"].LostKm2);
        Assert.Equal(28.272909, byController["Opposition/rebels"].LostKm2, 28.272909 * 1e-4);
        Assert.Equal(-28.272909, byController["Opposition/rebels"].NetKm2, 28.272909 * 1e-4);
        Assert.Equal(1.427674, byController["YPG/SDF"].GainedKm2, 1.427674 * 1e-4);
        Assert.Equal(1.221868, byController["Government/allies + YPG/SDF"].GainedKm2, 1.221868 * 1e-4);
        Assert.Equal(0.816096, byController["Contested"].GainedKm2, 0.816096 * 1e-4);
        Assert.Equal(5, diff.Controllers.Count);
    }

    [Fact]
    public void A_change_names_the_records_on_either_side()
    {
        var change = Aleppo.Diff(new DateOnly(2016, 11, 20), new DateOnly(2016, 12, 23)).Changes.Single(c => c.Key == "N0187");
        Assert.Equal(["aleppo_control.csv#C060"], change.RecordsBefore);
        Assert.Equal(["aleppo_control.csv#C061"], change.RecordsAfter);
    }

    [Fact]
    public void The_same_day_twice_changes_nothing()
    {
        var diff = Aleppo.Diff(new DateOnly(2016, 12, 1), new DateOnly(2016, 12, 1));
        Assert.Empty(diff.Changes);
        Assert.Empty(diff.Controllers);
    }

    [Fact]
    public void Places_that_change_hands_are_listed_without_area()
    {
        var timeline = new ControlTimeline([
            new ControlRecord { Id = "p1", Controller = "isil", Shape = ControlShape.Place, Geometry = Wgs84.Point(38.9, 34.55), To = new DateOnly(2017, 8, 5), Source = new SourceRef("t", "1") },
            new ControlRecord { Id = "p2", Controller = "government", Shape = ControlShape.Place, Geometry = Wgs84.Point(38.9, 34.55), From = new DateOnly(2017, 8, 6), Source = new SourceRef("t", "2") },
        ]);
        var change = Assert.Single(timeline.Diff(new DateOnly(2017, 8, 1), new DateOnly(2017, 8, 10)).Changes);
        Assert.Equal((ControlShape.Place, 0.0), (change.Shape, change.AreaKm2));
        Assert.Equal(["isil"], change.ControllersBefore);
        Assert.Equal(["government"], change.ControllersAfter);
        Assert.Empty(timeline.Diff(new DateOnly(2017, 8, 1), new DateOnly(2017, 8, 10)).Controllers);
    }
}
