using System.Globalization;

namespace Truce.Bench.Compare;

/// <summary>The options of <c>compare</c>.</summary>
internal sealed record CompareOptions(string Postgres, int Rows, int Rounds, string Work, string Output, string Commit, string Only)
{
    public const string Usage = "compare --pg CONNECTION [--rows N (1000000)] [--rounds N (5)] [--work DIR] [--out RESULTS.md] [--commit ID] [--only W1,W2,...]";

    public static CompareOptions Parse(string[] args)
    {
        string? pg = null, commit = null, only = null;
        var (rows, rounds, work, output) = (1_000_000, 5, Path.Combine(Path.GetTempPath(), "truce-compare"), "RESULTS.md");
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. Usage: {Usage}");
            switch (args[i])
            {
                case "--pg": pg = value; break;
                case "--rows": rows = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--work": work = value; break;
                case "--out": output = value; break;
                case "--commit": commit = value; break;
                case "--only": only = value; break;
                default: throw new ArgumentException($"unknown option {args[i]}. Usage: {Usage}");
            }

            i++;
        }

        if (pg is null || rows < 1 || rounds < 1)
        {
            throw new ArgumentException($"Usage: {Usage}");
        }

        return new CompareOptions(pg, rows, rounds, Path.GetFullPath(work), Path.GetFullPath(output), commit ?? "unknown", only ?? "W1,W2,W3,W4,W5,W6");
    }

    public bool Runs(string id) => Only.Split(',').Contains(id, StringComparer.OrdinalIgnoreCase);
}
