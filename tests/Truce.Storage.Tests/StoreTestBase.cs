using System.Text;
using Truce.Formats.Detection;
using Truce.Formats.GeoJson;
using Truce.Storage.Contract;
using Truce.Storage.Import;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests;

/// <summary>A fresh database per test on the given engine, a hand-moved clock, and helpers to import text and files.</summary>
public abstract class StoreTestBase : IDisposable
{
    protected StoreTestBase(StoreEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        Clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Store = engine.Open(Clock);
    }

    internal ManualClock Clock { get; }

    protected StoreEngine Engine { get; }

    protected ITruceStore Store { get; private set; }

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

    /// <summary>Closes and reopens the store, as a second process would see it.</summary>
    protected void Reopen()
    {
        Store.Dispose();
        Store = Engine.Open(Clock);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Store.Dispose();
            Engine.Dispose();
        }
    }
}
