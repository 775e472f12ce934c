using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data;

namespace OrchardCrm.Accounts.Services;

/// <summary>
/// Merges contact B into contact A (A survives): activities naming B name A, B's tasks and reports
/// point at A, A keeps its values and takes B's where it has none, account links, e-mails, phones,
/// social links and preferences are unioned; a Note records it, then B is removed (soft).
/// Like the account merge it is one unit of work (all or nothing), and idempotent.
/// </summary>
public sealed class ContactMergeService(IUnitOfWork unitOfWork, IContentManager content, ItemRepointer repoint, TimelineNotes notes)
{
    public async Task<MergeResult> MergeAsync(string survivorId, string mergedId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(mergedId)) throw new AccountOperationException("from", "Give the id of the contact to merge ('from').");
        if (survivorId == mergedId) throw new AccountOperationException("from", "A contact cannot be merged into itself.");
        var survivor = await content.GetAsync(survivorId, VersionOptions.Latest, cancellationToken);
        if (survivor is null || survivor.ContentType != AccountTypes.Contact)
            throw new AccountOperationException("id", $"There is no contact '{survivorId}'.", notFound: true);
        var noteId = MergeNoteId.For(survivorId, mergedId);
        var merged = await content.GetAsync(mergedId, VersionOptions.Latest, cancellationToken);
        if (merged is null)
        {
            if (await content.GetAsync(noteId, VersionOptions.Latest, cancellationToken) is not null)
                return new MergeResult(survivorId, mergedId, AlreadyMerged: true, 0, 0, 0, 0, []);
            throw new AccountOperationException("from", $"There is no contact '{mergedId}'.", notFound: true);
        }
        if (merged.ContentType != AccountTypes.Contact)
            throw new AccountOperationException("from", $"'{merged.DisplayText}' is a {merged.ContentType}, not a contact.");

        await using var unit = await unitOfWork.BeginAsync(cancellationToken);
        var activities = await repoint.RepointAsync(AccountTypes.Activity, AccountFields.Activity(nameof(ActivityPart.Contacts)).Equal(mergedId),
            item => PartChanges.Alter<ActivityPart>(item, a => a.Contacts.ContentItemIds = EmptyFieldFiller.Repoint(a.Contacts.ContentItemIds, mergedId, survivorId)), cancellationToken);
        var tasks = await repoint.RepointAsync(AccountTypes.Task, AccountFields.Task(nameof(TaskPart.Contact)).Equal(mergedId),
            item => PartChanges.Alter<TaskPart>(item, t => t.Contact.ContentItemIds = EmptyFieldFiller.Repoint(t.Contact.ContentItemIds, mergedId, survivorId)), cancellationToken);
        // Reports of B report to A; A itself, if it reported to B, now reports to no one rather than to itself.
        var reports = await repoint.RepointAsync(AccountTypes.Contact, AccountFields.Contact(nameof(ContactPart.ReportsTo)).Equal(mergedId),
            item => PartChanges.Alter<ContactPart>(item, c => c.ReportsTo.ContentItemIds =
                EmptyFieldFiller.Repoint(c.ReportsTo.ContentItemIds, mergedId, item.ContentItemId == survivorId ? null : survivorId)), cancellationToken);

        survivor = (await content.GetAsync(survivorId, VersionOptions.Latest, cancellationToken))!;
        var filled = FillSurvivor(survivor, merged);
        if (filled.Count > 0) await content.SaveAsync(survivor, cancellationToken);

        var title = $"Merged {merged.DisplayText} into {survivor.DisplayText}";
        var body = $"{title}: {activities} activities, {tasks} tasks and {reports} reports moved"
            + (filled.Count > 0 ? $"; taken from it: {string.Join(", ", filled)}." : ".");
        var part = survivor.As<ContactPart>();
        var account = part.Accounts.FirstOrDefault(l => l.Current)?.AccountId ?? part.AccountIds.ContentItemIds.FirstOrDefault();
        await notes.AddAsync(title, body, account, survivorId, noteId, cancellationToken);
        await content.RemoveAsync(merged, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return new MergeResult(survivorId, mergedId, AlreadyMerged: false, activities, tasks, reports, 0, filled);
    }

    private static List<string> FillSurvivor(ContentItem survivor, ContentItem merged)
    {
        var before = survivor.As<ContactPart>();
        var a = survivor.As<ContactPart>();
        var b = merged.As<ContactPart>();
        EmptyFieldFiller.Fill(a, b, nameof(ContactPart.ReportsTo), nameof(ContactPart.AccountIds));
        if (a.ReportsTo.ContentItemIds.Length == 0 && !b.ReportsTo.ContentItemIds.Contains(survivor.ContentItemId))
            a.ReportsTo = b.ReportsTo;

        foreach (var link in b.Accounts)
        {
            var mine = a.Accounts.FindIndex(l => l.AccountId == link.AccountId);
            if (mine < 0) a.Accounts.Add(link);
            else a.Accounts[mine] = a.Accounts[mine] with
            {
                Title = a.Accounts[mine].Title ?? link.Title,
                Role = a.Accounts[mine].Role ?? link.Role,
                Current = a.Accounts[mine].Current || link.Current,
            };
        }
        a.AccountIds.ContentItemIds = [.. a.AccountIds.ContentItemIds.Union(b.AccountIds.ContentItemIds).Union(a.Accounts.Select(l => l.AccountId))];

        // B's addresses and numbers join A's; A's primary stays the primary.
        var hasPrimaryEmail = a.Emails.Any(e => e.Primary);
        foreach (var email in b.Emails.Where(e => !a.Emails.Any(x => string.Equals(x.Address, e.Address, StringComparison.OrdinalIgnoreCase))))
            a.Emails.Add(email with { Primary = email.Primary && !hasPrimaryEmail });
        if (!string.IsNullOrWhiteSpace(b.Email.Email) && !a.Emails.Any(x => string.Equals(x.Address, b.Email.Email, StringComparison.OrdinalIgnoreCase))
            && !string.Equals(a.Email.Email, b.Email.Email, StringComparison.OrdinalIgnoreCase))
            a.Emails.Add(new ContactEmail(b.Email.Email!, Primary: false));
        var hasPrimaryPhone = a.Phones.Any(p => p.Primary);
        foreach (var phone in b.Phones.Where(p => !a.Phones.Any(x => x.Number == p.Number)))
            a.Phones.Add(phone with { Primary = phone.Primary && !hasPrimaryPhone });
        a.SocialLinks = [.. a.SocialLinks.Union(b.SocialLinks, StringComparer.OrdinalIgnoreCase)];
        a.Preferences.AddRange(b.Preferences.Where(p => !a.Preferences.Any(x => string.Equals(x.Topic, p.Topic, StringComparison.OrdinalIgnoreCase))));

        var filled = PartChanges.Changed(before, a);
        if (filled.Count > 0) survivor.Apply(a);
        return filled;
    }
}
