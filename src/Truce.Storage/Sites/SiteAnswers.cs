using Truce.Domain.Deconfliction;

namespace Truce.Storage.Sites;

/// <summary>A check's answer as the log records what was told: <c>clear</c>, or <c>conflict: hospital (MSF desk); school (UNICEF desk)</c>.</summary>
public static class SiteAnswers
{
    /// <summary>The answer in words, with the category names the API uses.</summary>
    public static string Told(CheckAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer is ConflictAnswer conflict
            ? "conflict: " + string.Join("; ", conflict.Notices.Select(n => $"{SiteNames.Name(n.Category)} ({n.Contact.Value})"))
            : "clear";
    }
}
