using Spectre.Console;

namespace Truce.Cli.Console;

/// <summary>Moves a Spectre progress task to the bytes read so far.</summary>
internal sealed class ProgressReporter(ProgressTask task) : IProgress<long>
{
    public void Report(long value) => task.Value = value;
}
