using System.Globalization;
using Truce.Formats.Csv;

namespace Truce.Bench.Compare;

/// <summary>
/// The events file both sides load: the real UCDP GED Syria extract (16,566 rows) replicated to N
/// rows. Copy 0 is the real file; every later copy gets new ids (original id + copy × 10,000,000),
/// its point moved by up to ±0.01° in latitude and longitude (written with 6 decimals, as UCDP
/// writes them, and <c>geom_wkt</c> rewritten to match) and both its dates shifted by the same
/// −3…+3 days, from a fixed seed. Every other field is as published.
/// </summary>
internal static class CompareEvents
{
    public static void Write(string source, string target, int rows)
    {
        var records = new List<string[]>();
        string[] header;
        using (var reader = new CsvReader(File.OpenRead(source), source))
        {
            reader.Read();
            header = reader.GetStrings();
            while (reader.Read())
            {
                records.Add(reader.GetStrings());
            }
        }

        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{source} has no column {name}");
        var (id, lat, lon, wkt, start, end) = (Column("id"), Column("latitude"), Column("longitude"), Column("geom_wkt"), Column("date_start"), Column("date_end"));
        var c = CultureInfo.InvariantCulture;
        var random = new Random(20_161_231);
        var temporary = target + ".partial";
        using (var output = new StreamWriter(temporary))
        {
            var csv = new CsvWriter(output);
            csv.Record(header);
            for (var i = 0; i < rows; i++)
            {
                var copy = i / records.Count;
                var record = (string[])records[i % records.Count].Clone();
                if (copy > 0)
                {
                    record[id] = (long.Parse(record[id], c) + (copy * 10_000_000L)).ToString(c);
                    var y = Math.Round(double.Parse(record[lat], c) + ((random.NextDouble() - 0.5) * 0.02), 6);
                    var x = Math.Round(double.Parse(record[lon], c) + ((random.NextDouble() - 0.5) * 0.02), 6);
                    (record[lat], record[lon]) = (y.ToString("0.######", c), x.ToString("0.######", c));
                    record[wkt] = string.Create(c, $"POINT ({record[lon]} {record[lat]})");
                    var shift = random.Next(-3, 4);
                    record[start] = DateOnly.ParseExact(record[start], "yyyy-MM-dd", c).AddDays(shift).ToString("yyyy-MM-dd", c);
                    record[end] = DateOnly.ParseExact(record[end], "yyyy-MM-dd", c).AddDays(shift).ToString("yyyy-MM-dd", c);
                }

                csv.Record(record);
            }
        }

        File.Move(temporary, target, overwrite: true);
    }
}
