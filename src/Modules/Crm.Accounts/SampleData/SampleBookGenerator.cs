using OrchardCrm.Accounts.Handlers;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.SampleData;

/// <summary>
/// Generates a believable B2B book of business from a seed: companies in a few industries, some grouped
/// under a parent, people with buying roles and reporting lines, a year of activities and a set of open
/// and finished tasks. The same options always give the same items, with the same ids, in an order
/// where every referenced item comes first (pickers refer only to stored items).
/// </summary>
public static class SampleBookGenerator
{
    /// <param name="userIds">The user id of an owner's user name, when that user exists (user pickers store ids).</param>
    public static IReadOnlyList<SampleItem> Generate(SampleBookOptions options, IReadOnlyDictionary<string, string> userIds)
    {
        var random = new Random(options.Seed);
        var book = new Book(options, random, userIds);
        book.AddAccounts();
        book.AddContacts();
        book.AddActivities();
        book.AddTasks();
        return book.Items;
    }

    /// <summary>"acct" + the seed (8 hex digits) + the number (14 digits): 26 lower-case letters and digits.</summary>
    public static string IdFor(string prefix, int seed, int number) => $"{prefix}{seed:x8}{number:D14}";

    private sealed class Book(SampleBookOptions options, Random random, IReadOnlyDictionary<string, string> userIds)
    {
        public List<SampleItem> Items { get; } = [];

        private readonly List<AccountPlan> _accounts = [];
        private readonly Dictionary<string, List<ContactPlan>> _contactsByAccount = [];
        private readonly DateTime _asOf = options.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        private sealed record AccountPlan(string Id, string Name, string Domain, string Owner, string Industry);
        private sealed record ContactPlan(string Id, string FullName, bool Current);

        private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

        private string? UserId(string owner) => userIds.TryGetValue(owner, out var id) ? id : null;

        public void AddAccounts()
        {
            var stems = SampleWords.CompanyStems(random, options.Accounts);
            // A few groups: the first accounts are parents, each with two or three regional subsidiaries.
            var groups = Math.Min(options.Accounts / 8, 4);
            var children = new Dictionary<int, (int Parent, string Region)>();
            for (int g = 0, next = groups; g < groups; g++)
                for (var c = 0; c < 2 + g % 2 && next < options.Accounts; c++, next++)
                    children[next] = (g, SampleWords.Regions[(g + c) % SampleWords.Regions.Count]);

            for (var i = 0; i < options.Accounts; i++)
            {
                if (children.TryGetValue(i, out var child))
                {
                    var parent = _accounts[child.Parent];
                    var name = $"{parent.Name[..^" Group".Length]} {child.Region}";
                    AddAccount(i, name, $"{SampleWords.Slug(child.Region)}.{parent.Domain}", parent.Industry, parent.Id, sizeIndex: random.Next(2, 5));
                    continue;
                }
                var industry = Pick(SampleWords.Industries);
                var company = $"{stems[i]} {SampleWords.Ending(random, industry)}";
                var isParent = i < groups;
                AddAccount(i, isParent ? company + " Group" : company, SampleWords.Slug(company) + Pick(SampleWords.TopLevelDomains), industry, null,
                    sizeIndex: isParent ? 5 : random.Next(0, 6));
            }
        }

        private void AddAccount(int index, string name, string domain, string industry, string? parentId, int sizeIndex)
        {
            var id = IdFor("acct", options.Seed, index + 1);
            var owner = options.Owners[index % options.Owners.Count];
            var (city, region, country) = Pick(SampleWords.Cities);
            var address = new Address { Street = $"{random.Next(1, 400)} {Pick(SampleWords.Streets)}", City = city, Region = region, PostalCode = random.Next(10000, 99999).ToString(), Country = country };
            var part = new AccountPart
            {
                Name = new TextField { Text = name },
                Website = new LinkField { Url = $"https://www.{domain}", Text = domain },
                Industry = new OptionsField { Values = [industry] },
                SizeBand = new OptionsField { Values = [Migrations.SizeBands[sizeIndex]] },
                AnnualRevenue = new MoneyField { Amount = SampleWords.Revenue(random, sizeIndex), Currency = "USD" },
                Segment = new OptionsField { Values = [sizeIndex >= 5 ? "Strategic" : sizeIndex >= 4 ? "Enterprise" : sizeIndex >= 2 ? "Mid-market" : "SMB"] },
                LifecycleStage = new OptionsField { Values = [SampleWords.WeightedStage(random)] },
                Phone = new PhoneField { Phone = $"+1 {random.Next(200, 999)} {random.Next(200, 999)} {random.Next(1000, 9999)}" },
                ParentAccount = new ContentPickerField { ContentItemIds = parentId is null ? [] : [parentId] },
                Tags = new TagsField { Tags = [.. SampleWords.TagsFor(random, industry)] },
                Description = new MarkdownField { Markdown = $"{name} is a {industry.ToLowerInvariant()} company based in {city}." },
                BillingAddress = address,
                ShippingAddress = random.Next(3) == 0 ? new Address { Street = $"{random.Next(1, 400)} {Pick(SampleWords.Streets)}", City = city, Region = region, PostalCode = address.PostalCode, Country = country } : address,
                Team = options.Owners.Count > 1 ? [new AccountTeamMember(options.Owners[(index + 1) % options.Owners.Count], "Customer success")] : [],
            };
            // The handler would derive it; it is written here too so the stored item equals what is generated.
            part.Domain.Text = Derivations.DomainOf(part.Website.Url);
            _accounts.Add(new AccountPlan(id, name, domain, owner, industry));
            Items.Add(new SampleItem(id, AccountTypes.Account, owner, part));
        }

        public void AddContacts()
        {
            var number = 0;
            foreach (var account in _accounts)
            {
                var people = new List<ContactPlan>();
                var ids = new List<string>();
                for (var i = 0; i < options.ContactsPerAccount; i++)
                {
                    var id = IdFor("cont", options.Seed, ++number);
                    var first = Pick(SampleWords.FirstNames);
                    var last = Pick(SampleWords.LastNames);
                    var (title, department, role) = SampleWords.Position(i);
                    // Reporting lines: the first person is the executive; the next two report to them; the rest to one of those.
                    string? reportsTo = i == 0 ? null : i <= 2 ? ids[0] : ids[1 + random.Next(Math.Min(2, ids.Count - 1))];
                    var current = i == 0 || random.Next(12) != 0;
                    var email = $"{SampleWords.Slug(first)}.{SampleWords.Slug(last)}@{account.Domain}";
                    var links = new List<ContactAccountLink> { new(account.Id, title, role, current) };
                    var parentId = ((AccountPart)Items.First(x => x.ContentItemId == account.Id).Part).ParentAccount.ContentItemIds.FirstOrDefault();
                    if (i == 0 && parentId is not null) links.Add(new ContactAccountLink(parentId, title, "Executive sponsor", true));
                    var consent = random.Next(3) != 0;
                    var part = new ContactPart
                    {
                        FirstName = new TextField { Text = first },
                        LastName = new TextField { Text = last },
                        JobTitle = new TextField { Text = title },
                        Department = new TextField { Text = department },
                        Phone = new PhoneField { Phone = $"+1 {random.Next(200, 999)} {random.Next(200, 999)} {random.Next(1000, 9999)}" },
                        PreferredChannel = new OptionsField { Values = [Pick(Migrations.Channels)] },
                        MarketingConsent = new BooleanField { Value = consent },
                        MarketingConsentDate = new DateField { Value = consent ? options.AsOf.AddDays(-random.Next(30, 900)) : null },
                        Language = new TextField { Text = Pick(SampleWords.Languages) },
                        TimeZone = new TextField { Text = Pick(SampleWords.TimeZones) },
                        ReportsTo = new ContentPickerField { ContentItemIds = reportsTo is null ? [] : [reportsTo] },
                        Emails = random.Next(4) == 0
                            ? [new ContactEmail(email, true), new ContactEmail($"{SampleWords.Slug(first)}{random.Next(10, 99)}@mail.example", false)]
                            : [new ContactEmail(email, true)],
                        Phones = [new ContactPhone($"+1 {random.Next(200, 999)} {random.Next(200, 999)} {random.Next(1000, 9999)}", "Mobile", true)],
                        SocialLinks = [$"https://www.linkedin.com/in/{SampleWords.Slug(first)}-{SampleWords.Slug(last)}-{random.Next(100, 999)}"],
                        Accounts = links,
                        Preferences = [new CommunicationPreference("Newsletter", consent, options.AsOf.AddDays(-random.Next(30, 400)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))],
                    };
                    // What the handler derives, so that the stored item equals what is generated.
                    Derivations.SyncPrimaryEmail(part);
                    part.AccountIds.ContentItemIds = [.. links.Where(l => l.Current).Select(l => l.AccountId).Distinct()];
                    ids.Add(id);
                    people.Add(new ContactPlan(id, $"{first} {last}", current));
                    Items.Add(new SampleItem(id, AccountTypes.Contact, account.Owner, part));
                }
                _contactsByAccount[account.Id] = people;
            }
        }

        public void AddActivities()
        {
            for (var n = 1; n <= options.Activities; n++)
            {
                // Larger, older accounts get more attention: a skewed pick.
                var account = _accounts[(int)(Math.Pow(random.NextDouble(), 1.6) * _accounts.Count)];
                var people = _contactsByAccount[account.Id].Where(c => c.Current).ToList();
                var kind = SampleWords.WeightedKind(random);
                var when = _asOf.AddDays(-random.Next(1, 366)).AddHours(8 + random.Next(10)).AddMinutes(15 * random.Next(4));
                var contacts = people.Count == 0 ? [] : people.OrderBy(_ => random.Next()).Take(kind == ActivityKinds.Meeting ? 2 : 1).Select(c => c.Id).ToArray();
                var (outcome, body) = SampleWords.ActivityText(random, kind, people.FirstOrDefault(c => contacts.Contains(c.Id))?.FullName);
                var userId = UserId(account.Owner);
                var part = new ActivityPart
                {
                    Kind = new OptionsField { Values = [kind] },
                    OccurredUtc = new DateTimeField { Value = when },
                    DurationMinutes = new NumericField { Value = SampleWords.Duration(random, kind) },
                    Outcome = new TextField { Text = outcome },
                    Account = new ContentPickerField { ContentItemIds = [account.Id] },
                    Contacts = new ContentPickerField { ContentItemIds = contacts },
                    Participants = new UserPickerField { UserIds = userId is null ? [] : [userId] },
                    Body = new MarkdownField { Markdown = body },
                };
                Items.Add(new SampleItem(IdFor("actv", options.Seed, n), AccountTypes.Activity, account.Owner, part));
            }
        }

        public void AddTasks()
        {
            for (var n = 1; n <= options.Tasks; n++)
            {
                var account = _accounts[random.Next(_accounts.Count)];
                var contact = _contactsByAccount[account.Id].FirstOrDefault(c => c.Current && random.Next(2) == 0);
                var due = _asOf.AddDays(random.Next(-75, 46)).AddHours(9 + random.Next(8));
                // Most past tasks were done; a few are overdue, as in any real pipeline.
                var status = due < _asOf.AddDays(-10) ? (random.Next(6) == 0 ? "Open" : random.Next(10) == 0 ? "Cancelled" : "Done")
                    : due < _asOf ? (random.Next(3) == 0 ? "Done" : "Open")
                    : random.Next(5) == 0 ? "In progress" : "Open";
                var userId = UserId(account.Owner);
                var part = new TaskPart
                {
                    Title = new TextField { Text = SampleWords.TaskTitle(random, account.Name, contact?.FullName) },
                    DueUtc = new DateTimeField { Value = due },
                    Assignee = new UserPickerField { UserIds = userId is null ? [] : [userId] },
                    Priority = new OptionsField { Values = [SampleWords.WeightedPriority(random)] },
                    Status = new OptionsField { Values = [status] },
                    Account = new ContentPickerField { ContentItemIds = [account.Id] },
                    Contact = new ContentPickerField { ContentItemIds = contact is null ? [] : [contact.Id] },
                    ReminderUtc = new DateTimeField { Value = status is "Open" or "In progress" && due > _asOf ? due.AddHours(-24) : null },
                    CompletedUtc = new DateTimeField { Value = status == "Done" ? due.AddDays(-random.Next(0, 3)) : null },
                };
                Items.Add(new SampleItem(IdFor("task", options.Seed, n), AccountTypes.Task, account.Owner, part));
            }
        }
    }
}
