using Microsoft.AspNetCore.Identity;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data.Entities;
using OrchardCrm.Modules;

namespace OrchardCrm.Accounts.Services;

/// <param name="To">The user name of the new owner.</param>
/// <param name="IncludeOpenTasks">Also move the account's open tasks that were the old owner's (assignee and owner).</param>
/// <param name="IncludeOpenDeals">Also move the open deals (done by the Deals module's <see cref="IHandoverParticipant"/>).</param>
public sealed record HandoverRequest(string To, bool IncludeOpenTasks = false, bool IncludeOpenDeals = false, string? Note = null);

public sealed record HandoverResult(string AccountId, string? From, string To, int TasksMoved, IReadOnlyList<string> Others);

/// <summary>Hands an account from its owner to another user, optionally with their open tasks (and deals), and notes it on the timeline.</summary>
public sealed class HandoverService(
    IContentManager content,
    IContentQueryFactory queries,
    UserManager<CrmUser> users,
    IEnabled<IHandoverParticipant> participants,
    TimelineNotes notes)
{
    public async Task<HandoverResult> HandOverAsync(string accountId, HandoverRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.To)) throw new AccountOperationException("to", "Give the user name of the new owner ('to').");
        var account = await content.GetAsync(accountId, VersionOptions.Latest, cancellationToken);
        if (account is null || account.ContentType != AccountTypes.Account)
            throw new AccountOperationException("id", $"There is no account '{accountId}'.", notFound: true);
        var to = await users.FindByNameAsync(request.To.Trim());
        if (to is null || !to.IsEnabled) throw new AccountOperationException("to", $"There is no active user '{request.To}'.");
        var from = account.Owner is null ? null : await users.FindByNameAsync(account.Owner);
        var fromName = from?.UserName ?? account.Owner;
        if (string.Equals(fromName, to.UserName, StringComparison.OrdinalIgnoreCase))
            throw new AccountOperationException("to", $"{to.UserName} already owns '{account.DisplayText}'.");

        account.Owner = to.UserName;
        await content.SaveAsync(account, cancellationToken);

        var tasksMoved = request.IncludeOpenTasks ? await MoveOpenTasksAsync(accountId, fromName, from?.Id, to, cancellationToken) : 0;

        var context = new HandoverContext(accountId, fromName, from?.Id, to.UserName!, to.Id, request);
        var others = new List<string>();
        foreach (var participant in participants)
            if (await participant.HandOverAsync(context, cancellationToken) is { Length: > 0 } line) others.Add(line);

        var title = $"Handed over from {fromName ?? "no one"} to {to.UserName}" + (string.IsNullOrWhiteSpace(request.Note) ? "" : $": {request.Note.Trim()}");
        var moved = new List<string>();
        if (request.IncludeOpenTasks) moved.Add($"{tasksMoved} open tasks");
        moved.AddRange(others);
        var body = title + (moved.Count > 0 ? $"\n\nMoved with it: {string.Join(", ", moved)}." : "");
        await notes.AddAsync(title, body, accountId, contactId: null, cancellationToken: cancellationToken);
        return new HandoverResult(accountId, fromName, to.UserName!, tasksMoved, others);
    }

    /// <summary>The account's open tasks that were the old owner's (assigned to or owned by them); other people's tasks stay theirs.</summary>
    private async Task<int> MoveOpenTasksAsync(string accountId, string? fromName, string? fromId, CrmUser to, CancellationToken cancellationToken)
    {
        var ids = await queries.Query(AccountTypes.Task).Latest().Where(AccountFields.Task(nameof(TaskPart.Account)).Equal(accountId)).ListIdsAsync(cancellationToken);
        var moved = 0;
        foreach (var task in await content.LatestAsync(ids, cancellationToken))
        {
            var part = task.As<TaskPart>();
            if (!part.IsOpen) continue;
            var assignedToOld = fromId is not null && part.Assignee.UserIds.Contains(fromId);
            var ownedByOld = fromName is not null && string.Equals(task.Owner, fromName, StringComparison.OrdinalIgnoreCase);
            if (!assignedToOld && !ownedByOld) continue;
            if (assignedToOld || part.Assignee.UserIds.Length == 0)
                part.Assignee.UserIds = [.. part.Assignee.UserIds.Select(id => id == fromId ? to.Id : id).Append(part.Assignee.UserIds.Length == 0 ? to.Id : null).OfType<string>().Distinct()];
            task.Apply(part);
            if (ownedByOld) task.Owner = to.UserName;
            await content.SaveAsync(task, cancellationToken);
            moved++;
        }
        return moved;
    }
}
