using System.Globalization;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Accounts.Services;

/// <param name="Reason">Why it looks like a duplicate: "same domain", "same name", "similar name 0.86", "same e-mail"... joined by "; ".</param>
/// <param name="Score">1 for a certain match (same domain or e-mail), otherwise the name similarity.</param>
public sealed record DuplicateCandidate(string ContentItemId, string DisplayText, string? Owner, string Reason, double Score);

/// <summary>
/// Finds likely duplicates of an account (same domain, similar name) or of a contact (same e-mail,
/// similar name at the same account). Candidates come from index queries (by domain, by words of the
/// name, by the contact's accounts), a bounded page each, and are then scored in memory.
/// </summary>
public sealed class DuplicateFinder(IContentManager content, IContentQueryFactory queries)
{
    /// <summary>Names at least this alike (0..1, on normalised names) are reported.</summary>
    public const double NameThreshold = 0.8;

    private const int CandidatesPerQuery = 50;

    /// <summary>Room for rounding: 1 - 1/5 must count as 0.8.</summary>
    private const double Tolerance = 1e-9;

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAccountDuplicatesAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var account = await content.GetAsync(accountId, VersionOptions.Latest, cancellationToken);
        if (account is null || account.ContentType != AccountTypes.Account)
            throw new AccountOperationException("id", $"There is no account '{accountId}'.", notFound: true);
        return await FindAccountDuplicatesAsync(account, cancellationToken);
    }

    /// <summary>Also for an account not stored yet (the create form), so duplicates can be shown before saving.</summary>
    public async Task<IReadOnlyList<DuplicateCandidate>> FindAccountDuplicatesAsync(ContentItem account, CancellationToken cancellationToken = default)
    {
        var part = account.As<AccountPart>();
        var found = new Dictionary<string, Match>();

        var domain = part.Domain.Text?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(domain))
        {
            var sameDomain = await queries.Query(AccountTypes.Account).Where(AccountFields.Account(nameof(AccountPart.Domain)).Equal(domain))
                .ListAsync(1, CandidatesPerQuery, cancellationToken);
            foreach (var item in sameDomain.Items) Add(found, item, "same domain", 1);
        }

        var name = NameSimilarity.NormalizeCompany(part.Name.Text ?? account.DisplayText);
        if (name.Length > 0)
        {
            foreach (var item in await NameCandidatesAsync(name, cancellationToken))
            {
                var other = NameSimilarity.NormalizeCompany(item.As<AccountPart>().Name.Text ?? item.DisplayText);
                if (other.Length == 0) continue;
                var similarity = NameSimilarity.Similarity(name, other);
                if (similarity >= 1 - Tolerance) Add(found, item, "same name", 1);
                else if (similarity >= NameThreshold - Tolerance) Add(found, item, $"similar name {similarity.ToString("0.00", CultureInfo.InvariantCulture)}", similarity);
            }
        }

        found.Remove(account.ContentItemId);
        return Ordered(found);
    }

    /// <summary>Accounts whose name contains one of the name's longer words, or starts like it (which catches typos further on).</summary>
    private async Task<IReadOnlyList<ContentItem>> NameCandidatesAsync(string normalizedName, CancellationToken cancellationToken)
    {
        var filters = normalizedName.Split(' ').Where(w => w.Length >= 3).OrderByDescending(w => w.Length).Take(3)
            .Select(w => AccountFields.Account(nameof(AccountPart.Name)).Contains(w))
            .Append(AccountFields.Account(nameof(AccountPart.Name)).StartsWith(normalizedName[..Math.Min(3, normalizedName.Length)]));
        var candidates = new Dictionary<string, ContentItem>();
        foreach (var filter in filters)
        {
            var page = await queries.Query(AccountTypes.Account).Where(filter).ListAsync(1, CandidatesPerQuery, cancellationToken);
            foreach (var item in page.Items) candidates.TryAdd(item.ContentItemId, item);
        }
        return [.. candidates.Values];
    }

    public async Task<IReadOnlyList<DuplicateCandidate>> FindContactDuplicatesAsync(string contactId, CancellationToken cancellationToken = default)
    {
        var contact = await content.GetAsync(contactId, VersionOptions.Latest, cancellationToken);
        if (contact is null || contact.ContentType != AccountTypes.Contact)
            throw new AccountOperationException("id", $"There is no contact '{contactId}'.", notFound: true);
        return await FindContactDuplicatesAsync(contact, cancellationToken);
    }

    public async Task<IReadOnlyList<DuplicateCandidate>> FindContactDuplicatesAsync(ContentItem contact, CancellationToken cancellationToken = default)
    {
        var part = contact.As<ContactPart>();
        var found = new Dictionary<string, Match>();

        var emails = part.Emails.Select(e => e.Address).Append(part.Email.Email)
            .Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim().ToLowerInvariant()).Distinct().ToArray<object>();
        if (emails.Length > 0)
        {
            var sameEmail = await queries.Query(AccountTypes.Contact).Where(AccountFields.Contact(nameof(ContactPart.Email)).In(emails))
                .ListAsync(1, CandidatesPerQuery, cancellationToken);
            foreach (var item in sameEmail.Items) Add(found, item, "same e-mail", 1);
        }

        var accounts = part.AccountIds.ContentItemIds.Concat(part.Accounts.Select(l => l.AccountId)).Distinct().ToArray<object>();
        var name = NameSimilarity.NormalizePerson(part.FullName);
        if (accounts.Length > 0 && name.Length > 0)
        {
            // The people of the same accounts: a bounded set (an account has tens of contacts, not thousands).
            var accountIds = accounts.Cast<string>().ToList();
            var colleagues = await queries.Query(AccountTypes.Contact).WhereIndex<ContactIndex>(i => i.AccountId != null && accountIds.Contains(i.AccountId))
                .ListAsync(1, 500, cancellationToken);
            foreach (var item in colleagues.Items)
            {
                var other = NameSimilarity.NormalizePerson(item.As<ContactPart>().FullName);
                if (other.Length == 0) continue;
                var similarity = NameSimilarity.Similarity(name, other);
                if (similarity >= 1 - Tolerance) Add(found, item, "same name at the same account", 1);
                else if (similarity >= NameThreshold - Tolerance)
                    Add(found, item, $"similar name {similarity.ToString("0.00", CultureInfo.InvariantCulture)} at the same account", similarity);
            }
        }

        found.Remove(contact.ContentItemId);
        return Ordered(found);
    }

    private static void Add(Dictionary<string, Match> found, ContentItem item, string reason, double score)
    {
        if (!found.TryGetValue(item.ContentItemId, out var match)) found[item.ContentItemId] = match = new Match(item);
        if (!match.Reasons.Contains(reason)) match.Reasons.Add(reason);
        match.Score = Math.Max(match.Score, score);
    }

    private static IReadOnlyList<DuplicateCandidate> Ordered(Dictionary<string, Match> found) =>
        [.. found.Values.OrderByDescending(m => m.Score).ThenBy(m => m.Item.DisplayText, StringComparer.OrdinalIgnoreCase)
            .Select(m => new DuplicateCandidate(m.Item.ContentItemId, m.Item.DisplayText, m.Item.Owner, string.Join("; ", m.Reasons), Math.Round(m.Score, 2)))];

    private sealed class Match(ContentItem item)
    {
        public ContentItem Item { get; } = item;
        public List<string> Reasons { get; } = [];
        public double Score { get; set; }
    }
}
