using OrchardCrm.Accounts.Models;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.Services;

/// <summary>Writes Note activities: the human-visible record of what a service did to an account or contact.</summary>
public sealed class TimelineNotes(IContentManager content, IClock clock, ICurrentUser currentUser)
{
    /// <param name="noteId">A fixed id makes the note once only, however often the operation is repeated (null: a new note).</param>
    /// <returns>False when the note with <paramref name="noteId"/> already exists.</returns>
    public async Task<bool> AddAsync(string title, string body, string? accountId, string? contactId, string? noteId = null, CancellationToken cancellationToken = default)
    {
        if (noteId is not null && await content.GetAsync(noteId, VersionOptions.Latest, cancellationToken) is not null) return false;
        var note = await content.NewAsync(AccountTypes.Activity);
        if (noteId is not null) note.ContentItemId = noteId;
        note.DisplayText = title;
        note.Owner = currentUser.UserName;
        note.Alter<ActivityPart>(a =>
        {
            a.Kind.Values = [ActivityKinds.Note];
            a.OccurredUtc.Value = clock.UtcNow;
            a.Body.Markdown = body;
            if (accountId is not null) a.Account.ContentItemIds = [accountId];
            if (contactId is not null) a.Contacts.ContentItemIds = [contactId];
        });
        var result = await content.CreateAsync(note, publish: true, cancellationToken);
        if (!result.Succeeded) throw new AccountOperationException("note", $"The timeline note could not be saved: {result}");
        return true;
    }
}
