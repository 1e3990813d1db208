using Truce.Domain.Events;
using Truce.Formats.Ucdp;
using Truce.Testing;

namespace Truce.Server.Tests;

/// <summary>The bundled UCDP file read straight from disk: the expectations the endpoints are checked against, computed without the store.</summary>
internal static class UcdpFile
{
    private static readonly Lazy<IReadOnlyList<ConflictEvent>> All = new(() =>
    {
        using var reader = new UcdpGedReader(File.OpenRead(RepoFiles.UcdpSyria), "ged.csv");
        return [.. reader.ReadEvents().Select(r => r.Event!)];
    });

    public static IReadOnlyList<ConflictEvent> Events => All.Value;
}
