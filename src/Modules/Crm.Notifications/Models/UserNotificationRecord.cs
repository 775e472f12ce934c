using System.ComponentModel.DataAnnotations;
using OrchardCrm.Data;

namespace OrchardCrm.Notifications.Models;

/// <summary>One notification of one user. Unread while <see cref="ReadUtc"/> is null.</summary>
[RecordIndex(nameof(UserName), nameof(DeduplicationKey), Unique = true)]
[RecordIndex(nameof(UserName), nameof(ReadUtc), nameof(CreatedUtc))]
public sealed class UserNotificationRecord : ModuleRecord
{
    public const int UserNameLength = 256;
    public const int TitleLength = 300;
    public const int BodyLength = 4000;
    public const int UrlLength = 2000;
    public const int SourceLength = 100;
    public const int DeduplicationKeyLength = 400;

    [MaxLength(UserNameLength)]
    public string UserName { get; set; } = "";

    [MaxLength(TitleLength)]
    public string Title { get; set; } = "";

    [MaxLength(BodyLength)]
    public string? Body { get; set; }

    [MaxLength(UrlLength)]
    public string? Url { get; set; }

    [MaxLength(SourceLength)]
    public string? Source { get; set; }

    [MaxLength(DeduplicationKeyLength)]
    public string? DeduplicationKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReadUtc { get; set; }
}
