using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Services;

public sealed class DuplicateFinderTests
{
    [Theory, Databases]
    public async Task An_account_with_the_same_domain_or_a_similar_name_is_reported_with_the_reason_and_others_are_not(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var s = await AccountScenario.StartAsync(db);
        await using var _ = s.Shell;

        var acme = await s.AccountAsync("Acme Corporation", "acme.com");
        var sameDomain = await s.AccountAsync("ACME Europe", "ACME.com");
        var sameName = await s.AccountAsync("Acme, Inc.");
        var typo = await s.AccountAsync("Acmee Corp");
        await s.AccountAsync("Globex Ltd", "globex.com");
        await s.AccountAsync("Acme Rockets of Springfield");

        var found = await s.ServiceAsync<DuplicateFinder, IReadOnlyList<DuplicateCandidate>>(f => f.FindAccountDuplicatesAsync(acme.ContentItemId));

        Assert.Equal([sameDomain.ContentItemId, sameName.ContentItemId, typo.ContentItemId], found.Select(d => d.ContentItemId).OrderBy(SortKey(sameDomain, sameName, typo)));
        Assert.Equal("same domain", found.Single(d => d.ContentItemId == sameDomain.ContentItemId).Reason);
        Assert.Equal("same name", found.Single(d => d.ContentItemId == sameName.ContentItemId).Reason);
        Assert.Equal("similar name 0.80", found.Single(d => d.ContentItemId == typo.ContentItemId).Reason);
        Assert.DoesNotContain(found, d => d.ContentItemId == acme.ContentItemId);
    }

    [Fact]
    public void Names_are_compared_without_case_punctuation_accents_or_legal_suffixes()
    {
        Assert.Equal("acme", NameSimilarity.NormalizeCompany("ACME, Inc."));
        Assert.Equal("muller and sohne", NameSimilarity.NormalizeCompany("Müller & Söhne GmbH"));
        Assert.Equal(1, NameSimilarity.Similarity("acme", NameSimilarity.NormalizeCompany("Acme Co.")));
        Assert.True(NameSimilarity.Similarity("globex", "acme") < DuplicateFinder.NameThreshold);
    }

    [Theory, Databases]
    public async Task A_contact_with_the_same_email_or_a_similar_name_at_the_same_account_is_reported(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var s = await AccountScenario.StartAsync(db);
        await using var _ = s.Shell;

        var acme = await s.AccountAsync("Acme", "acme.com");
        var globex = await s.AccountAsync("Globex", "globex.com");
        var jane = await s.ContactAsync("Jane", "Smith", "jane.smith@acme.com", new ContactAccountLink(acme.ContentItemId, "CFO", "Decision maker", true));
        var sameEmail = await s.ContactAsync("J.", "Smith-Jones", "Jane.Smith@ACME.com");
        var similarHere = await s.ContactAsync("Jayne", "Smith", null, new ContactAccountLink(acme.ContentItemId, null, null, true));
        await s.ContactAsync("Jane", "Smith", "jane@globex.com", new ContactAccountLink(globex.ContentItemId, null, null, true));
        await s.ContactAsync("Bob", "Stone", "bob@acme.com", new ContactAccountLink(acme.ContentItemId, null, null, true));

        var found = await s.ServiceAsync<DuplicateFinder, IReadOnlyList<DuplicateCandidate>>(f => f.FindContactDuplicatesAsync(jane.ContentItemId));

        Assert.Equal(2, found.Count);
        Assert.Equal("same e-mail", found.Single(d => d.ContentItemId == sameEmail.ContentItemId).Reason);
        Assert.StartsWith("similar name", found.Single(d => d.ContentItemId == similarHere.ContentItemId).Reason);
        Assert.EndsWith("at the same account", found.Single(d => d.ContentItemId == similarHere.ContentItemId).Reason);
    }

    private static Func<string, int> SortKey(params OrchardCrm.ContentManagement.ContentItem[] order) =>
        id => Array.FindIndex(order, i => i.ContentItemId == id);
}
