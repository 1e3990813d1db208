using Microsoft.Extensions.Configuration;

namespace Truce.Cli.Commands;

/// <summary>
/// Where <c>truce serve</c> finds its database when <c>--db</c> is not given: the configuration key
/// <c>Truce:Db</c>, from <c>appsettings.json</c> in the working folder, overridden by the
/// environment variable <c>Truce__Db</c> (how a service manager or container passes a connection string).
/// </summary>
internal static class ServeConfiguration
{
    public static string? Db() =>
        new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build()["Truce:Db"];
}
