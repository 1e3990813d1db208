namespace Truce.Formats.Reading;

/// <summary>Collects warnings up to a cap, counting all.</summary>
internal sealed class WarningLog(int max)
{
    private readonly List<ImportWarning> _items = [];

    public IReadOnlyList<ImportWarning> Items => _items;

    public int Count { get; private set; }

    public void Add(ImportWarning warning)
    {
        Count++;
        if (_items.Count < max)
        {
            _items.Add(warning);
        }
    }
}
