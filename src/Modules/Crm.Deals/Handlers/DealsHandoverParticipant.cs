using OrchardCrm.Accounts.Services;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;

namespace OrchardCrm.Deals.Handlers;

/// <summary>An account handover that asks for it moves the account's open deals owned by the previous owner to the new owner.</summary>
public sealed class DealsHandoverParticipant(IDealQueries queries, IContentManager content) : IHandoverParticipant
{
    public async Task<string?> HandOverAsync(HandoverContext context, CancellationToken cancellationToken)
    {
        if (!context.Request.IncludeOpenDeals) return null;
        var open = await queries.OpenForAccountAsync(context.AccountId, cancellationToken);
        var moved = 0;
        foreach (var card in open)
        {
            if (context.FromUserName is not null && !string.Equals(card.Owner, context.FromUserName, StringComparison.OrdinalIgnoreCase)) continue;
            var item = await content.GetAsync(card.Id, VersionOptions.Latest, cancellationToken);
            if (item is null || item.ContentType != DealTypes.Deal) continue;
            item.Owner = context.ToUserName;
            var result = await content.UpdateAsync(item, cancellationToken);
            if (!result.Succeeded) throw new AccountOperationException("includeOpenDeals", $"Deal '{item.DisplayText}' could not be handed over: {result}");
            moved++;
        }
        return moved == 0 ? null : moved == 1 ? "1 open deal" : $"{moved} open deals";
    }
}
