using Microsoft.Extensions.Configuration;

namespace Truce.Cli.Commands;

/// <summary>
/// Where <c>truce serve</c> finds its database when <c>--db</c> is not given: the configuration key
/// <c>Truce:Db</c>, from <c>appsettings.json</c> in the working folder, overridden by the
/// environment variable <c>Truce__Db</c> (how a service manager or container passes a connection string).
/// </summary>
/// <remarks>The folder of evidence files is read the same way, from <c>Truce:Blobs</c> (<c>Truce__Blobs</c>).</remarks>
internal static class ServeConfiguration
{
    public static string? Db() => Read()["Truce:Db"];

    /// <summary>The folder of evidence files, <c>Truce:Blobs</c>; null when not configured.</summary>
    public static string? Blobs() => Read()[Storage.Engines.BlobRoots.ConfigurationKey];

    private static IConfigurationRoot Read() =>
        new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
}
