using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Truce.Testing;

namespace Truce.Server.Tests;

/// <summary>
/// Acceptance: GDAL's OGC API – Features driver (Debian gdal-bin) lists and reads the /ogc
/// collections. A missing ogrinfo fails the test — CI installs gdal-bin — it never skips.
/// </summary>
public sealed class GdalOapifTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private string Service => $"OAPIF:{server.Client.BaseAddress!.GetLeftPart(UriPartial.Authority)}/ogc";

    private static (int Exit, string Output) Run(string tool, params string[] arguments)
    {
        var path = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            Assert.Fail($"{tool} is not on PATH: install GDAL (Debian: apt-get install -y gdal-bin; .ci/run does) to run the OGC API acceptance test.");
        }

        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish in 2 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [Fact]
    public void Ogrinfo_lists_the_events_and_control_area_layers()
    {
        var (exit, output) = Run("ogrinfo", "-ro", "-so", Service);
        Assert.True(exit == 0, output);
        Assert.Contains("1: events (title: Events) (Point)", output, StringComparison.Ordinal);
        Assert.Contains("2: control-areas (title: Control areas) (Polygon)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ogrinfo_sees_every_event_field_even_those_no_sampled_event_has()
    {
        var (exit, output) = Run("ogrinfo", "-ro", "-so", Service, "events");
        Assert.True(exit == 0, output);
        Assert.Contains("date_start: Date", output, StringComparison.Ordinal);
        Assert.Contains("best: Integer", output, StringComparison.Ordinal);
        Assert.Contains("sub_event_type: String", output, StringComparison.Ordinal);
        Assert.Contains("claimed_target: String", output, StringComparison.Ordinal);
        Assert.Contains($"Feature Count: {UcdpFile.Events.Count}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ogr2ogr_of_a_box_and_a_date_range_returns_the_events_the_file_holds_there_then()
    {
        using var folder = new TempFolder();
        var output = folder.File("aleppo-december.geojson");
        var (exit, log) = Run(
            "ogr2ogr", "-f", "GeoJSON", output, Service, "events",
            "-spat", "37.05", "36.15", "37.25", "36.30",
            "-where", "date_start >= '2016-12-01' AND date_start <= '2016-12-15'");
        Assert.True(exit == 0, log);

        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var got = doc.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        var expected = UcdpFile.Events
            .Where(e => e.HasPoint && e.Longitude >= 37.05 && e.Longitude <= 37.25 && e.Latitude >= 36.15 && e.Latitude <= 36.30)
            .Where(e => e.DateStart >= new DateOnly(2016, 12, 1) && e.DateStart <= new DateOnly(2016, 12, 15))
            .Select(e => $"ucdp-ged:{e.SourceId}").Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count > 10, $"only {expected.Count} events: the query should need more than GDAL's first page of 10");
        Assert.Equal(expected, got);
        var first = doc.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.InRange(DateOnly.Parse(first.GetProperty("date_start").GetString()!, CultureInfo.InvariantCulture), new DateOnly(2016, 12, 1), new DateOnly(2016, 12, 15));
    }

    [Fact]
    public void Ogrinfo_reads_a_control_record_with_its_controller_and_source()
    {
        var (exit, output) = Run("ogrinfo", "-ro", Service, "control-areas", "-where", "record = 'aleppo_control.csv#C047'");
        Assert.True(exit == 0, output);
        Assert.Contains("controller (String) = Opposition/rebels", output, StringComparison.Ordinal);
        Assert.Contains("area_code (String) = N0134", output, StringComparison.Ordinal);
        Assert.Contains("source_key (String) = internaz_nov28", output, StringComparison.Ordinal);
        Assert.Contains("POLYGON", output, StringComparison.Ordinal);
    }
}
