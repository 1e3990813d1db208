namespace Truce.Formats.Csv;

/// <summary>Column names of a CSV file and their positions.</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    public CsvHeader(string[] names)
    {
        Names = names;
        for (var i = 0; i < names.Length; i++)
        {
            _index.TryAdd(names[i].Trim(), i);
        }
    }

    public string[] Names { get; }

    /// <summary>Position of <paramref name="name"/>, or -1.</summary>
    public int this[string name] => _index.TryGetValue(name, out var i) ? i : -1;

    public bool Has(string name) => _index.ContainsKey(name);

    public IReadOnlyList<string> Missing(IEnumerable<string> required) => [.. required.Where(r => !Has(r))];
}
