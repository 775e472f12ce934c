using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;

namespace OrchardCrm.Deals.Handlers;

/// <summary>The committee's rules; errors keyed "Members[i].ContactId", "Members[i].Role"...</summary>
public static class CommitteeRules
{
    public static async Task<IReadOnlyList<FieldError>> ValidateAsync(CommitteePart committee, string? accountId, DealSettings settings, IContentManager content)
    {
        var errors = new List<FieldError>();
        if (committee.Members.Count == 0) return errors;
        if (string.IsNullOrWhiteSpace(accountId))
        {
            errors.Add(new FieldError("Members", "Choose the deal's account before adding its buying committee."));
            return errors;
        }

        var ids = committee.Members.Where(m => m is not null && !string.IsNullOrWhiteSpace(m.ContactId)).Select(m => m.ContactId).Distinct().ToList();
        var contacts = (await content.GetManyAsync(ids, VersionOptions.Latest)).ToDictionary(c => c.ContentItemId);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < committee.Members.Count; i++)
        {
            var member = committee.Members[i];
            var at = $"Members[{i}].";
            if (member is null) { errors.Add(new FieldError($"Members[{i}]", "is empty.")); continue; }
            if (string.IsNullOrWhiteSpace(member.ContactId)) errors.Add(new FieldError(at + "ContactId", "Choose a contact."));
            else if (!contacts.TryGetValue(member.ContactId, out var contact) || contact.ContentType != AccountTypes.Contact)
                errors.Add(new FieldError(at + "ContactId", $"There is no contact '{member.ContactId}'."));
            else if (!contact.As<ContactPart>().AccountIds.ContentItemIds.Contains(accountId))
                errors.Add(new FieldError(at + "ContactId", $"{contact.DisplayText} is not a contact of the deal's account."));
            else if (!seen.Add(member.ContactId))
                errors.Add(new FieldError(at + "ContactId", $"{contact.DisplayText} is on the committee already."));
            if (string.IsNullOrWhiteSpace(member.Role) || !settings.CommitteeRoles.Contains(member.Role, StringComparer.OrdinalIgnoreCase))
                errors.Add(new FieldError(at + "Role", $"must be one of: {string.Join(", ", settings.CommitteeRoles)}."));
            if (!CommitteeInfluence.All.Contains(member.Influence))
                errors.Add(new FieldError(at + "Influence", $"must be one of: {string.Join(", ", CommitteeInfluence.All)}."));
            if (!CommitteeSentiment.All.Contains(member.Sentiment))
                errors.Add(new FieldError(at + "Sentiment", $"must be one of: {string.Join(", ", CommitteeSentiment.All)}."));
        }
        var primaries = committee.Members.Select((m, i) => (m, i)).Where(x => x.m?.IsPrimary == true).ToList();
        if (primaries.Count > 1)
            errors.Add(new FieldError($"Members[{primaries[1].i}].IsPrimary", "Only one member can be the primary contact."));
        return errors;
    }
}
