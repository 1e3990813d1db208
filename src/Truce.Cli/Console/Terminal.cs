using Spectre.Console;

namespace Truce.Cli.Console;

/// <summary>
/// People-facing output: messages, warnings, errors and progress, all on stderr. Messages are
/// written as plain lines (never re-wrapped, so file paths stay whole and greppable).
/// </summary>
internal static class Terminal
{
    private static readonly bool Color = !System.Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    /// <summary>Spectre console on stderr, for progress bars.</summary>
    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(System.Console.Error),
    });

    public static void Info(string message) => System.Console.Error.WriteLine(message);

    public static void Warn(string message) => System.Console.Error.WriteLine($"{Paint("warning:", "33")} {message}");

    public static int Fail(int exitCode, string message)
    {
        System.Console.Error.WriteLine($"{Paint("error:", "31")} {message}");
        return exitCode;
    }

    private static string Paint(string text, string code) => Color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
