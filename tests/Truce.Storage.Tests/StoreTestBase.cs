using System.Text;
using Truce.Formats.Detection;
using Truce.Formats.GeoJson;
using Truce.Storage.Contract;
using Truce.Storage.Import;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Storage.Tests;

/// <summary>A fresh SQLite file per test, a hand-moved clock, and helpers to import text and files.</summary>
public abstract class StoreTestBase : IDisposable
{
    private readonly TempFolder _folder = new();

    protected StoreTestBase()
    {
        Clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        DbPath = _folder.File("truce.sqlite");
        Store = SqliteEventStore.Open(DbPath, Clock);
    }

    internal ManualClock Clock { get; }

    protected string DbPath { get; }

    protected IEventStore Store { get; private set; }

    protected TempFolder Folder => _folder;

    protected ImportReceipt ImportText(string text, EventFileFormat format, string name = "input.csv", ImportOptions? options = null) =>
        Store.ImportEvents(new MemoryStream(Encoding.UTF8.GetBytes(text)), new ImportSource(name, format), options ?? new ImportOptions());

    protected ImportReceipt ImportFile(string path, EventFileFormat format, ImportOptions? options = null)
    {
        using var s = File.OpenRead(path);
        return Store.ImportEvents(s, new ImportSource(path, format), options ?? new ImportOptions());
    }

    protected void ImportBoundaries(params string[] files)
    {
        foreach (var f in files)
        {
            using var s = File.OpenRead(RepoFiles.Ocha(f));
            Store.ImportBoundaries(AdminGeoJsonReader.Read(s, f), new ImportSource(f, EventFileFormat.AdminGeoJson), null);
        }
    }

    /// <summary>Closes and reopens the file, as a second process would see it.</summary>
    protected void Reopen()
    {
        Store.Dispose();
        Store = SqliteEventStore.Open(DbPath, Clock);
    }

    public void Dispose()
    {
        Store.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
