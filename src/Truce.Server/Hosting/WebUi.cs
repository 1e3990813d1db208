using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace Truce.Server.Hosting;

/// <summary>
/// The web UI: the files Vite built from <c>web/</c> into <c>wwwroot</c> beside the assembly
/// (the server's build does this; see Truce.Server.csproj), served as static files at <c>/</c>.
/// </summary>
internal static class WebUi
{
    /// <summary>Where the built UI lives: <c>wwwroot</c> beside the running assembly.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static void Use(WebApplication app)
    {
        if (!File.Exists(Path.Combine(Root, "index.html")))
        {
            return; // a server built without the UI still serves the API
        }

        var files = new PhysicalFileProvider(Root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
    }
}
