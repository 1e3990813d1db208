using System.Globalization;
using Truce.Formats.Csv;

namespace Truce.Bench;

/// <summary>
/// Writes an N-row UCDP GED file by cycling through the real Syria extract and giving every copy
/// a new id (original id + copy × 10,000,000), every other field unchanged.
/// </summary>
internal static class UcdpReplicator
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

        using var output = new StreamWriter(target);
        var csv = new CsvWriter(output);
        csv.Record(header);
        for (var i = 0; i < rows; i++)
        {
            var copy = i / records.Count;
            var record = (string[])records[i % records.Count].Clone();
            record[0] = (long.Parse(record[0], CultureInfo.InvariantCulture) + (copy * 10_000_000L)).ToString(CultureInfo.InvariantCulture);
            csv.Record(record);
        }
    }
}
