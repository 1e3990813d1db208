using Truce.Domain.Errors;
using Truce.Domain.Sources;

namespace Truce.Domain.Tests.Sources;

public sealed class SourcesTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("ucdp:233028", SubjectKind.Event, "ucdp-ged:233028")]
    [InlineData("ucdp-ged:233028", SubjectKind.Event, "ucdp-ged:233028")]
    [InlineData("acled:SYR123", SubjectKind.Event, "acled:SYR123")]
    [InlineData("control:aleppo-control.csv#C12", SubjectKind.Control, "control:aleppo-control.csv#C12")]
    [InlineData("figure:east-aleppo-population", SubjectKind.Figure, "figure:east-aleppo-population")]
    public void Subject_keys_parse_to_one_canonical_text(string text, SubjectKind kind, string canonical)
    {
        var key = SubjectKey.Parse(text);
        Assert.Equal((kind, canonical), (key.Kind, key.ToString()));
    }

    [Theory]
    [InlineData("233028")]
    [InlineData("gdelt:1")]
    [InlineData("control:no-row")]
    [InlineData("ucdp:")]
    [InlineData("ucdp:1 2")]
    public void Other_texts_are_no_subject_keys(string text) =>
        Assert.Equal("subject", Assert.Throws<BadFieldException>(() => SubjectKey.Parse(text)).Field);

    [Fact]
    public void A_confidential_source_loses_its_identity_unless_the_caller_may_see_it()
    {
        var source = new Source(1, "https://example.org/w", "Witness W-17", new DateOnly(2016, 9, 20), "two aircraft", null, Confidential: true, "monitor-1", At);
        var redacted = Redaction.ForCaller(source, maySeeConfidential: false);
        Assert.Equal((null, null, true, "two aircraft"), (redacted.Url, redacted.Publisher, redacted.Redacted, redacted.Quote));
        Assert.Same(source, Redaction.ForCaller(source, maySeeConfidential: true));
        var open = source with { Confidential = false };
        Assert.Same(open, Redaction.ForCaller(open, maySeeConfidential: false));
    }

    [Theory]
    [InlineData("Confirmed", CredibilityGrade.Confirmed)]
    [InlineData("discounted", CredibilityGrade.Discounted)]
    public void Grades_are_read_by_name_ignoring_case(string text, CredibilityGrade grade)
    {
        Assert.True(CredibilityGrades.TryParse(text, out var parsed));
        Assert.Equal(grade, parsed);
        Assert.False(CredibilityGrades.TryParse("likely", out _));
    }
}
