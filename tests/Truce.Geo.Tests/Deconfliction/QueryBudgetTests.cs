using Truce.Geo.Deconfliction;

namespace Truce.Geo.Tests.Deconfliction;

public sealed class QueryBudgetTests
{
    private static readonly DateTimeOffset Noon = new(2016, 9, 19, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NextMidnight = new(2016, 9, 20, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_principal_gets_its_daily_limit_in_targets_then_is_refused_until_midnight_UTC()
    {
        var clock = new ManualClock(Noon);
        var budget = new QueryBudget(_ => 100, 1_000_000, clock);
        Assert.True(budget.TryTake("user:a", 60, out _));
        Assert.True(budget.TryTake("user:a", 40, out var at));
        Assert.Equal(Noon, at);
        Assert.False(budget.TryTake("user:a", 1, out var retry));
        Assert.Equal(NextMidnight, retry);
        Assert.Equal(100, budget.Used("user:a"));

        clock.Now = NextMidnight;
        Assert.True(budget.TryTake("user:a", 100, out _));
        Assert.Equal(100, budget.Used("user:a"));
    }

    [Fact]
    public void A_batch_that_does_not_fit_takes_nothing_and_one_larger_than_a_whole_day_can_never_be_taken()
    {
        var budget = new QueryBudget(_ => 100, 1_000_000, new ManualClock(Noon));
        Assert.True(budget.TryTake("user:a", 90, out _));
        Assert.False(budget.TryTake("user:a", 20, out var retry));
        Assert.Equal(NextMidnight, retry);
        Assert.Equal(90, budget.Used("user:a"));
        Assert.True(budget.TryTake("user:a", 10, out _));
        Assert.False(budget.TryTake("user:b", 101, out var never));
        Assert.Equal(DateTimeOffset.MaxValue, never);
        Assert.Equal(0, budget.Used("user:b"));
    }

    [Fact]
    public void The_global_bound_caps_all_principals_together_and_a_refusal_there_gives_the_principal_its_targets_back()
    {
        var budget = new QueryBudget(_ => 1_000, 2_500, new ManualClock(Noon));
        Assert.True(budget.TryTake("user:a", 1_000, out _));
        Assert.True(budget.TryTake("user:b", 1_000, out _));
        Assert.False(budget.TryTake("user:c", 600, out _));
        Assert.Equal(0, budget.Used("user:c"));
        Assert.True(budget.TryTake("user:c", 500, out _));
        Assert.Equal(2_500, budget.UsedGlobally());
    }

    [Fact]
    public void Limits_are_read_on_every_call_so_a_change_takes_effect_at_once_and_the_star_default_applies_to_others()
    {
        var limits = new Dictionary<string, long>(StringComparer.Ordinal) { ["*"] = 10, ["user:monitor"] = 1_000 };
        var budget = new QueryBudget(p => limits.TryGetValue(p, out var l) ? l : limits["*"], 1_000_000, new ManualClock(Noon));
        Assert.False(budget.TryTake("user:a", 11, out _));
        Assert.True(budget.TryTake("user:monitor", 500, out _));
        limits["user:a"] = 50;
        Assert.True(budget.TryTake("user:a", 11, out _));
        limits["user:a"] = 5;
        Assert.False(budget.TryTake("user:a", 1, out _));
    }

    [Fact]
    public void Seeding_restores_a_principals_count_after_a_restart_and_counts_it_globally()
    {
        var budget = new QueryBudget(_ => 100, 150, new ManualClock(Noon));
        budget.Seed("user:a", 95);
        Assert.Equal(95, budget.Used("user:a"));
        Assert.False(budget.TryTake("user:a", 6, out _));
        Assert.True(budget.TryTake("user:a", 5, out _));
        budget.Seed("user:b", 50);
        Assert.Equal(150, budget.UsedGlobally());
        Assert.False(budget.TryTake("user:c", 1, out _));
    }

    [Fact]
    public void Concurrent_takes_never_exceed_the_limits()
    {
        var budget = new QueryBudget(_ => 10_000, 25_000, new ManualClock(Noon));
        var taken = new long[4];
        Parallel.For(0, 4, t =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                if (budget.TryTake($"user:{t % 3}", 1, out _))
                {
                    Interlocked.Increment(ref taken[t]);
                }
            }
        });
        Assert.Equal(25_000, taken.Sum());
        Assert.Equal(25_000, budget.UsedGlobally());
        Assert.All(["user:0", "user:1", "user:2"], p => Assert.InRange(budget.Used(p), 0, 10_000));
    }
}
