namespace Truce.Storage.Tests;

/// <summary>A clock the test moves by hand, so revision times are known.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
