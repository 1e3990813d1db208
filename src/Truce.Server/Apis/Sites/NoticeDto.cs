using Truce.Domain.Deconfliction;

namespace Truce.Server.Apis.Sites;

/// <summary>What a conflict tells the asker about one protected site: its category and whom to contact. Never where it is.</summary>
/// <param name="Category">hospital, school, bakery, water, humanitarian, position, ...</param>
/// <param name="Contact">Whom to contact before going on.</param>
public sealed record NoticeDto(SiteCategory Category, string Contact)
{
    /// <summary>The notices of an answer (empty when clear).</summary>
    public static NoticeDto[] Of(CheckAnswer answer) =>
        answer is ConflictAnswer conflict ? [.. conflict.Notices.Select(n => new NoticeDto(n.Category, n.Contact.Value))] : [];
}
