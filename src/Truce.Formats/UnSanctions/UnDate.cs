using System.Globalization;
using System.Text.RegularExpressions;

namespace Truce.Formats.UnSanctions;

/// <summary>
/// Dates as the UN lists write them: <c>xs:date</c> (<c>2014-05-14</c>, <c>2015-03-27-04:00</c>)
/// in the consolidated schema, <c>xs:dateTime</c> (<c>2001-10-06T00:00:00</c>) in the older AQList
/// export and in <c>dateGenerated</c>. The calendar date as written is kept; time and offset are
/// dropped, since the UN dates a listing by its own working day.
/// </summary>
internal static partial class UnDate
{
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var match = Lexical().Match(text);
        return match.Success
            && DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Lexical();
}
