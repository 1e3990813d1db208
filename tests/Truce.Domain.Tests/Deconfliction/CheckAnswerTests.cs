using System.Reflection;
using Truce.Domain.Deconfliction;
using Truce.Domain.Spatial;

namespace Truce.Domain.Tests.Deconfliction;

public sealed class CheckAnswerTests
{
    [Fact]
    public void An_answer_exposes_only_clearness_categories_and_contacts()
    {
        // Need-to-know: no public member of an answer can carry a coordinate, distance, direction, id or count.
        Type[] allowed = [typeof(bool), typeof(SiteCategory), typeof(ContactChannel), typeof(string), typeof(IReadOnlyList<ConflictNotice>), typeof(CheckAnswer)];
        foreach (var type in new[] { typeof(CheckAnswer), typeof(ConflictAnswer), typeof(ConflictNotice), typeof(ContactChannel) })
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                Assert.Contains(property.PropertyType, allowed);
            }
        }
    }

    [Fact]
    public void A_conflict_lists_each_category_and_contact_once_in_a_fixed_order()
    {
        var msf = new ContactChannel("MSF");
        var conflict = (ConflictAnswer)CheckAnswer.Conflict(
            [new(SiteCategory.School, msf), new(SiteCategory.Hospital, msf), new(SiteCategory.Hospital, new ContactChannel("MSF"))]);
        Assert.Equal([new ConflictNotice(SiteCategory.Hospital, msf), new ConflictNotice(SiteCategory.School, msf)], conflict.Notices);
        Assert.Equal(conflict, CheckAnswer.Conflict([new(SiteCategory.Hospital, msf), new(SiteCategory.School, msf)]));
        Assert.False(conflict.IsClear);
        Assert.True(CheckAnswer.Clear.IsClear);
    }

    [Fact]
    public void A_conflict_without_any_site_and_an_empty_contact_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CheckAnswer.Conflict([]));
        Assert.Throws<ArgumentException>(() => new ContactChannel(" "));
    }

    [Fact]
    public void A_strike_request_refuses_lines_negative_radii_and_reversed_windows()
    {
        var day = new DateTimeOffset(2016, 4, 27, 0, 0, 0, TimeSpan.Zero);
        var line = Wgs84.Factory.CreateLineString([new(37, 36), new(37.1, 36.1)]);
        Assert.Throws<ArgumentException>(() => new StrikeRequest(line, 0, day, day));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StrikeRequest(Wgs84.Point(37, 36), -1, day, day));
        Assert.Throws<ArgumentException>(() => new StrikeRequest(Wgs84.Point(37, 36), 0, day, day.AddSeconds(-1)));
    }

    [Fact]
    public void A_site_is_valid_during_a_window_that_touches_its_validity()
    {
        var from = new DateTimeOffset(2016, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var site = new ProtectedSite
        {
            Id = "a",
            Category = SiteCategory.Water,
            RadiusMetres = 100,
            Contact = new ContactChannel("UNICEF"),
            ValidFrom = from,
            ValidTo = from.AddDays(1),
            Precision = new LocationPrecision(PrecisionKind.NeighbourhoodCentroid, 750, "neighbourhood_centroid"),
        };
        Assert.True(site.ValidDuring(from.AddDays(1), from.AddDays(2)));
        Assert.False(site.ValidDuring(from.AddDays(1).AddTicks(1), from.AddDays(2)));
        Assert.Equal(850, site.ReachMetres);
        Assert.Throws<ArgumentException>(() => site with { Geometry = Wgs84.Factory.CreateLineString([new(37, 36), new(37.1, 36.1)]) });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LocationPrecision(PrecisionKind.Approximate, -1, "x"));
    }
}
