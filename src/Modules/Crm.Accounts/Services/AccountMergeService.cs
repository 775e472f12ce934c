using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data;

namespace OrchardCrm.Accounts.Services;

/// <summary>
/// Merges account B into account A (A survives): B's activities, tasks, contact links and child accounts
/// move to A, A's empty fields take B's values (tags and team are unioned), a Note on A's timeline and
/// A's audit entry record it, then B is removed (soft: its rows and history stay).
/// The whole merge is one unit of work (all or nothing); each step is also idempotent, so running a
/// merge again is harmless.
/// </summary>
public sealed class AccountMergeService(IUnitOfWork unitOfWork, IContentManager content, ItemRepointer repoint, TimelineNotes notes)
{
    public async Task<MergeResult> MergeAsync(string survivorId, string mergedId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(mergedId)) throw new AccountOperationException("from", "Give the id of the account to merge ('from').");
        if (survivorId == mergedId) throw new AccountOperationException("from", "An account cannot be merged into itself.");
        var survivor = await content.GetAsync(survivorId, VersionOptions.Latest, cancellationToken);
        if (survivor is null || survivor.ContentType != AccountTypes.Account)
            throw new AccountOperationException("id", $"There is no account '{survivorId}'.", notFound: true);
        var noteId = MergeNoteId.For(survivorId, mergedId);
        var merged = await content.GetAsync(mergedId, VersionOptions.Latest, cancellationToken);
        if (merged is null)
        {
            if (await content.GetAsync(noteId, VersionOptions.Latest, cancellationToken) is not null)
                return new MergeResult(survivorId, mergedId, AlreadyMerged: true, 0, 0, 0, 0, []);
            throw new AccountOperationException("from", $"There is no account '{mergedId}'.", notFound: true);
        }
        if (merged.ContentType != AccountTypes.Account)
            throw new AccountOperationException("from", $"'{merged.DisplayText}' is a {merged.ContentType}, not an account.");

        await using var unit = await unitOfWork.BeginAsync(cancellationToken);
        var activities = await repoint.RepointAsync(AccountTypes.Activity, AccountFields.Activity(nameof(ActivityPart.Account)).Equal(mergedId),
            item => PartChanges.Alter<ActivityPart>(item, a => a.Account.ContentItemIds = EmptyFieldFiller.Repoint(a.Account.ContentItemIds, mergedId, survivorId)), cancellationToken);
        var tasks = await repoint.RepointAsync(AccountTypes.Task, AccountFields.Task(nameof(TaskPart.Account)).Equal(mergedId),
            item => PartChanges.Alter<TaskPart>(item, t => t.Account.ContentItemIds = EmptyFieldFiller.Repoint(t.Account.ContentItemIds, mergedId, survivorId)), cancellationToken);
        // The contact index has a row per link, former ones too (the AccountIds field mirrors current links only).
        var contacts = await repoint.RepointAsync(AccountTypes.Contact, q => q.WhereIndex<ContactIndex>(i => i.AccountId == mergedId),
            item => PartChanges.Alter<ContactPart>(item, c => RelinkContact(c, mergedId, survivorId)), cancellationToken);
        // A child of B becomes a child of A; A itself (if it was B's child) loses the parent rather than becoming its own.
        var children = await repoint.RepointAsync(AccountTypes.Account, AccountFields.Account(nameof(AccountPart.ParentAccount)).Equal(mergedId),
            item => PartChanges.Alter<AccountPart>(item, p => p.ParentAccount.ContentItemIds =
                EmptyFieldFiller.Repoint(p.ParentAccount.ContentItemIds, mergedId, item.ContentItemId == survivorId ? null : survivorId)), cancellationToken);

        // Re-read: A may have been saved above (as B's child), which moved its version stamp.
        survivor = (await content.GetAsync(survivorId, VersionOptions.Latest, cancellationToken))!;
        var filled = FillSurvivor(survivor, merged);
        if (filled.Count > 0) await content.SaveAsync(survivor, cancellationToken);

        var title = $"Merged {merged.DisplayText} into {survivor.DisplayText}";
        var body = $"{title}: {activities} activities, {tasks} tasks, {contacts} contacts and {children} child accounts moved"
            + (filled.Count > 0 ? $"; filled from it: {string.Join(", ", filled)}." : ".");
        await notes.AddAsync(title, body, survivorId, contactId: null, noteId, cancellationToken);
        await content.RemoveAsync(merged, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return new MergeResult(survivorId, mergedId, AlreadyMerged: false, activities, tasks, contacts, children, filled);
    }

    private static List<string> FillSurvivor(ContentItem survivor, ContentItem merged)
    {
        var before = survivor.As<AccountPart>();
        var a = survivor.As<AccountPart>();
        var b = merged.As<AccountPart>();
        EmptyFieldFiller.Fill(a, b, nameof(AccountPart.Name), nameof(AccountPart.Tags), nameof(AccountPart.ParentAccount));
        if (a.ParentAccount.ContentItemIds.Length == 0 && !b.ParentAccount.ContentItemIds.Contains(survivor.ContentItemId))
            a.ParentAccount = b.ParentAccount;
        a.Tags.Tags = [.. a.Tags.Tags.Union(b.Tags.Tags, StringComparer.OrdinalIgnoreCase)];
        if (a.BillingAddress.IsEmpty && !b.BillingAddress.IsEmpty) a.BillingAddress = b.BillingAddress;
        if (a.ShippingAddress.IsEmpty && !b.ShippingAddress.IsEmpty) a.ShippingAddress = b.ShippingAddress;
        foreach (var member in b.Team.Where(m => !a.Team.Any(t => string.Equals(t.UserName, m.UserName, StringComparison.OrdinalIgnoreCase))))
            a.Team.Add(member);

        var filled = PartChanges.Changed(before, a);
        if (filled.Count > 0) survivor.Apply(a);
        return filled;
    }

    /// <summary>The contact's links to B become links to A; when it already had a link to A, that one is kept (current if either was).</summary>
    internal static bool RelinkContact(ContactPart contact, string mergedId, string survivorId)
    {
        var toMerged = contact.Accounts.Where(l => l.AccountId == mergedId).ToList();
        var existing = contact.Accounts.FirstOrDefault(l => l.AccountId == survivorId);
        foreach (var link in toMerged)
        {
            var index = contact.Accounts.IndexOf(link);
            if (existing is null)
            {
                existing = link with { AccountId = survivorId };
                contact.Accounts[index] = existing;
            }
            else
            {
                var kept = existing with { Title = existing.Title ?? link.Title, Role = existing.Role ?? link.Role, Current = existing.Current || link.Current };
                contact.Accounts[contact.Accounts.IndexOf(existing)] = kept;
                existing = kept;
                contact.Accounts.RemoveAt(contact.Accounts.IndexOf(link));
            }
        }
        contact.AccountIds.ContentItemIds = EmptyFieldFiller.Repoint(contact.AccountIds.ContentItemIds, mergedId, survivorId);
        return true;
    }
}
