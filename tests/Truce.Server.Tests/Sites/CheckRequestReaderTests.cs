using System.Text;
using System.Text.Json;
using Truce.Server.Apis.Sites;

namespace Truce.Server.Tests.Sites;

/// <summary>The single check's fast reader: the common form gives the binder's values; every other form is left to the binder.</summary>
public sealed class CheckRequestReaderTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""")]
    [InlineData("""{"to":"2026-12-01T06:00:00+03:00","from":"2026-12-01T00:00:00.1234567-01:30","radiusMetres":0.5e2,"target":{"coordinates":[-180,90],"type":"Point"}}""")]
    [InlineData(" \n{ \"target\" : { \"type\" : \"Point\" , \"coordinates\" : [ 1E-7 , -89.999999999 ] } , \"radiusMetres\" : 0 , \"from\" : \"2026-12-01\" , \"to\" : \"2026-12-01T00:00:00Z\" } \r\n")]
    [InlineData("""{"target":{"type":"Point","coordinates":[37.123456789012345,36.2]},"radiusMetres":50000,"from":"2026-12-01T00:00:00Z","to":"2026-11-01T00:00:00Z"}""")]
    [InlineData("""{"t\u0061rget":{"type":"Po\u0069nt","coordinates":[37.1,36.2]},"radiusMetres":-1,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T00:00:00Z"}""")]
    public void The_common_form_is_read_with_exactly_the_values_the_binder_reads(string json)
    {
        Assert.True(CheckRequestReader.TryReadPoint(Encoding.UTF8.GetBytes(json), out var fast));

        var bound = JsonSerializer.Deserialize<CheckRequestDto>(json, Web)!;
        var coordinates = bound.Target!.Value.GetProperty("coordinates");
        Assert.Equal(coordinates[0].GetDouble(), fast.Longitude);
        Assert.Equal(coordinates[1].GetDouble(), fast.Latitude);
        Assert.Equal(bound.RadiusMetres, fast.RadiusMetres);
        Assert.Equal(bound.From!.Value, fast.From);
        Assert.Equal(bound.From.Value.Offset, fast.From.Offset);
        Assert.Equal(bound.To!.Value, fast.To);
        Assert.Equal(bound.To.Value.Offset, fast.To.Offset);
    }

    [Theory]
    [InlineData("""{"Target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""")] // other casing
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":"100","from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""")] // a number as a string
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z","note":1}""")] // an extra property
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":100,"radiusMetres":200,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""")] // repeated
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":null,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""")] // a null
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""")] // missing
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,96.2]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""")] // out of range
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2,400]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""")] // an altitude
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2],"bbox":[37.1,36.2,37.1,36.2]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""")] // a GeoJSON member
    [InlineData("""{"target":{"type":"Polygon","coordinates":[[[37,36],[37.1,36],[37.1,36.1],[37,36]]]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""")] // a polygon
    [InlineData("""{"target":{"type":"point","coordinates":[37.1,36.2]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""")] // the type in other casing
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":100,"from":"1 December 2026","to":"2026-12-01T06:00:00Z"}""")] // not ISO 8601
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"} x""")] // trailing text
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z",}""")] // a trailing comma
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00""")] // cut short
    [InlineData("""[{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}]""")] // an array
    [InlineData("")]
    [InlineData("null")]
    public void Any_other_form_is_left_to_the_binder(string json) =>
        Assert.False(CheckRequestReader.TryReadPoint(Encoding.UTF8.GetBytes(json), out _));
}
