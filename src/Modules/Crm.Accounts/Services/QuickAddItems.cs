using OrchardCrm.Accounts.Models;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.Services;

/// <summary>
/// What a page's quick-add form creates (the account 360 page, the deal page): an activity of the chosen
/// kind, or a task, by the current user, linked to the account and, from a deal page, to the deal, so it
/// shows on both timelines.
/// </summary>
public sealed class QuickAddItems(IContentManager content, ICurrentUser currentUser)
{
    /// <summary>The quick-add kind that makes a task rather than an activity.</summary>
    public const string TaskKind = "Task";

    /// <summary>A new, unsaved item: the activity happened at <paramref name="whenUtc"/>, the task is due then and assigned to the user.</summary>
    public async Task<ContentItem> NewAsync(string kind, DateTime whenUtc, string title, string? accountId, string? dealId = null)
    {
        string[] account = accountId is null ? [] : [accountId];
        string[] deal = dealId is null ? [] : [dealId];
        if (kind == TaskKind)
        {
            var task = await content.NewAsync(AccountTypes.Task);
            task.Owner = currentUser.UserName;
            return task.Alter<TaskPart>(t =>
            {
                t.Title.Text = title;
                t.DueUtc.Value = whenUtc;
                t.Account.ContentItemIds = account;
                t.Deal.ContentItemIds = deal;
                if (currentUser.UserId is { } userId) t.Assignee.UserIds = [userId];
            });
        }
        var activity = await content.NewAsync(AccountTypes.Activity);
        activity.Owner = currentUser.UserName;
        return activity.Alter<ActivityPart>(a =>
        {
            a.Kind.Values = [kind];
            a.OccurredUtc.Value = whenUtc;
            a.Outcome.Text = title;
            a.Account.ContentItemIds = account;
            a.Deal.ContentItemIds = deal;
        });
    }

    /// <summary>The quick-add form field ("Kind", "Title" or "Date") a content validation message belongs beside; "" for the form as a whole.</summary>
    public static string FormField(string validationKey) => validationKey switch
    {
        _ when validationKey.EndsWith(".Kind", StringComparison.Ordinal) => "Kind",
        _ when validationKey.EndsWith(".Outcome", StringComparison.Ordinal) || validationKey.EndsWith(".Title", StringComparison.Ordinal) => "Title",
        _ when validationKey.EndsWith(".OccurredUtc", StringComparison.Ordinal) || validationKey.EndsWith(".DueUtc", StringComparison.Ordinal) => "Date",
        _ => "",
    };
}
