using Truce.Domain.Actors;
using Truce.Domain.Adjudication;
using Truce.Domain.Designations;
using static Truce.Domain.Tests.World;

namespace Truce.Domain.Tests;

/// <summary>Properties over many generated events: order independence, irrelevance of unrelated listings, explanations that name their records.</summary>
public sealed class VerdictPropertyTests
{
    private static readonly string[] Names = ["Government of Syria", "Government of Turkey", "Ahrar al-Sham", "Jaysh al-Islam", "Jabhat al-Nusra", "Jabhat Fateh al-Sham", "HTS", "IS", "Syrian insurgents", "Civilians", "Fatah Halab", "Ahrar al-Sham, Jabhat Fateh al-Sham"];
    private static readonly string[] Controls = ["Opposition/rebels", "Government/allies", "Contested"];
    private static readonly string[] Types = ["State-based conflict", "One-sided violence", "Battles", "Protests"];

    private static List<AdjudicationCase> Cases(int seed, int count)
    {
        var random = new Random(seed);
        var cases = new List<AdjudicationCase>(count);
        for (var i = 0; i < count; i++)
        {
            var day = new DateOnly(2016, 1, 1).AddDays(random.Next(0, 500));
            var span = random.Next(0, 10) == 0 ? random.Next(1, 20) : 0;
            var site = random.Next(0, 4) switch
            {
                0 => EventSite.Unknown,
                1 => Held(Controls[random.Next(Controls.Length)]),
                2 => Held(Controls[random.Next(Controls.Length)], Controls[random.Next(Controls.Length)]),
                _ => EventSite.Unlocated,
            };
            cases.Add(Case(Names[random.Next(Names.Length)], random.Next(0, 8) == 0 ? null : Names[random.Next(Names.Length)], day, site, Types[random.Next(Types.Length)], end: day.AddDays(span)));
        }

        return cases;
    }

    private static Verdict[][] JudgeAll(AdjudicationInputs inputs, IEnumerable<AdjudicationCase> cases)
    {
        var adjudicator = new Adjudicator(inputs);
        return [.. cases.Select(adjudicator.Judge)];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Verdicts_do_not_depend_on_the_order_of_any_input(int seed)
    {
        var cases = Cases(seed, 2_000);
        var expected = JudgeAll(Inputs(), cases);
        var random = new Random(seed * 31);
        var shuffled = new AdjudicationInputs(
            new ActorRegistry(World.Actors().OrderBy(_ => random.Next()), Names().OrderBy(_ => random.Next()), Links()),
            [.. World.Designations().OrderBy(_ => random.Next())],
            [Agreement()],
            [.. Stakeholders().OrderBy(_ => random.Next())],
            [.. Controllers().OrderBy(_ => random.Next())]);
        var order = Enumerable.Range(0, cases.Count).OrderBy(_ => random.Next()).ToArray();
        var actual = JudgeAll(shuffled, order.Select(i => cases[i]));
        for (var i = 0; i < order.Length; i++)
        {
            Assert.Equal(expected[order[i]], actual[i]);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Adding_a_designation_for_an_unrelated_actor_changes_no_verdict(int seed)
    {
        var cases = Cases(seed, 2_000);
        var before = JudgeAll(Inputs(), cases);
        var more = World.Designations().Append(new Designation("DX", "us", "unrelated", null, new(2015, 1, 1), null, Src("DX"))).Append(new Designation("DY", "ru", "unrelated", null, null, null, Src("DY")));
        var after = JudgeAll(Inputs(designations: more), cases);
        Assert.Equal(before.Length, after.Length);
        for (var i = 0; i < before.Length; i++)
        {
            Assert.Equal(before[i], after[i]);
        }
    }

    [Fact]
    public void Every_verdict_explanation_names_records_that_exist_in_the_inputs()
    {
        var inputs = Inputs();
        var adjudicator = new Adjudicator(inputs);
        var known = new HashSet<string>(StringComparer.Ordinal) { Src("A1").ToString(), Src("A1.3").ToString(), Src("D22").ToString(), Src("D15").ToString() };
        known.UnionWith(inputs.Designations.Select(d => d.Id));
        known.UnionWith(Enumerable.Range(1, 2).Select(i => $"control.csv#C{i}"));
        var outcomes = new HashSet<VerdictOutcome>();
        foreach (var c in Cases(6, 3_000))
        {
            var verdicts = adjudicator.Judge(c);
            for (var i = 0; i < verdicts.Length; i++)
            {
                var (agreement, _, reading) = adjudicator.Slot(i);
                var facts = VerdictExplainer.Facts(verdicts[i], agreement, reading);
                Assert.NotEmpty(facts);
                Assert.All(facts, f => Assert.Contains(f.RecordId, known));
                if (verdicts[i].Outcome == VerdictOutcome.Permitted)
                {
                    Assert.Contains(facts, f => f.Kind is "designation" or "clause");
                }

                if (verdicts[i].Control is { } control)
                {
                    Assert.Contains(facts, f => f.RecordId == control.Record.Id);
                }

                outcomes.Add(verdicts[i].Outcome);
            }
        }

        Assert.Equal(Enum.GetValues<VerdictOutcome>().Length, outcomes.Count);
    }
}
