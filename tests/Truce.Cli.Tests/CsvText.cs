namespace Truce.Cli.Tests;

/// <summary>Reads the CSV a verb printed into rows by column name (RFC 4180 quoting, one record per line).</summary>
internal static class CsvText
{
    public static List<Dictionary<string, string>> Rows(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return [.. lines[1..].Select(l => Split(l).Select((v, i) => (header[i], v)).ToDictionary(p => p.Item1, p => p.v, StringComparer.Ordinal))];
    }

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
