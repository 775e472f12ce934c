using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Handlers;

namespace OrchardCrm.Accounts.Handlers;

/// <summary>
/// Keeps the values derived from others right on every write, whoever writes (editor, API, recipe,
/// import): the display text of the four types, an account's domain from its website, a contact's
/// primary e-mail and the account ids of its links (both mirrored into fields so they are indexed).
/// </summary>
public sealed class AccountsContentHandler : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context) => DeriveAsync(context.ContentItem);

    public override Task UpdatingAsync(ContentContext context) => DeriveAsync(context.ContentItem);

    private static Task DeriveAsync(ContentItem item)
    {
        switch (item.ContentType)
        {
            case AccountTypes.Account: DeriveAccount(item); break;
            case AccountTypes.Contact: DeriveContact(item); break;
            case AccountTypes.Activity: DeriveActivity(item); break;
            case AccountTypes.Task: DeriveTask(item); break;
        }
        return Task.CompletedTask;
    }

    private static void DeriveAccount(ContentItem item)
    {
        var account = item.As<AccountPart>();
        if (string.IsNullOrWhiteSpace(account.Domain.Text) && Derivations.DomainOf(account.Website.Url) is { } domain)
        {
            account.Domain.Text = domain;
            item.Apply(account);
        }
        item.DisplayText = account.Name.Text?.Trim() ?? "";
    }

    private static void DeriveContact(ContentItem item)
    {
        var contact = item.As<ContactPart>();
        Derivations.SyncPrimaryEmail(contact);
        contact.AccountIds.ContentItemIds = [.. contact.Accounts
            .Where(l => l.Current && !string.IsNullOrWhiteSpace(l.AccountId))
            .Select(l => l.AccountId)
            .Distinct(StringComparer.Ordinal)];
        item.Apply(contact);
        item.DisplayText = contact.FullName;
    }

    private static void DeriveActivity(ContentItem item)
    {
        var activity = item.As<ActivityPart>();
        item.DisplayText = Derivations.ActivityTitle(activity);
    }

    private static void DeriveTask(ContentItem item)
    {
        var task = item.As<TaskPart>();
        item.DisplayText = task.Title.Text?.Trim() ?? "";
    }
}
