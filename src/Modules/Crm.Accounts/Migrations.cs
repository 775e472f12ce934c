using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data;
using OrchardCrm.Modules;

namespace OrchardCrm.Accounts;

/// <summary>
/// Defines the parts and types of the module (one field definition per content field of the typed
/// parts in Models/, so the kernel validates and indexes them) and creates the map index tables.
/// </summary>
public sealed class Migrations(IContentDefinitionManager definitions, ISchemaBuilder schema, IMapIndexRebuilder rebuilder) : IDataMigration
{
    public static readonly IReadOnlyList<string> Industries =
        ["Software", "Manufacturing", "Retail", "Healthcare", "Financial services", "Logistics", "Energy", "Education", "Public sector", "Media"];
    public static readonly IReadOnlyList<string> SizeBands = ["1-10", "11-50", "51-200", "201-1000", "1001-5000", "5000+"];
    public static readonly IReadOnlyList<string> Segments = ["Strategic", "Enterprise", "Mid-market", "SMB"];
    public static readonly IReadOnlyList<string> LifecycleStages = ["Prospect", "Customer", "Partner", "Churned"];
    public static readonly IReadOnlyList<string> Channels = ["Email", "Phone", "Meeting", "Chat"];
    public static readonly IReadOnlyList<string> Priorities = ["Low", "Normal", "High", "Urgent"];
    public static readonly IReadOnlyList<string> Statuses = ["Open", "In progress", "Done", "Cancelled"];

    public async Task<int> CreateAsync()
    {
        await DefineAccountAsync();
        await DefineContactAsync();
        await DefineActivityAsync();
        await DefineTaskAsync();

        await schema.CreateMapIndexTableAsync<AccountIndex>();
        await schema.CreateMapIndexTableAsync<ContactIndex>();
        await schema.CreateMapIndexTableAsync<ActivityIndex>();
        await schema.CreateMapIndexTableAsync<TaskIndex>();
        return 1;
    }

    /// <summary>
    /// The account team index (who besides the owner may see an account). Accounts stored before this step
    /// get their rows from the stored versions, without a new version or audit entry each.
    /// </summary>
    public async Task<int> UpdateFrom1Async()
    {
        await schema.CreateMapIndexTableAsync<AccountTeamIndex>();
        await rebuilder.RebuildAsync<AccountTeamIndex>();
        return 2;
    }

    private async Task DefineAccountAsync()
    {
        await definitions.AlterPartDefinitionAsync(nameof(AccountPart), part => part
            .WithField(nameof(AccountPart.Name), FieldKinds.Text, "Account name", s => { s.Required = true; s.MaxLength = 200; })
            .WithField(nameof(AccountPart.Website), FieldKinds.Link, "Website")
            .WithField(nameof(AccountPart.Domain), FieldKinds.Text, "Domain", s => { s.MaxLength = 253; s.Hint = "Filled from the website when left empty."; })
            .WithField(nameof(AccountPart.Industry), FieldKinds.Options, "Industry", s => s.Options = [.. Industries])
            .WithField(nameof(AccountPart.SizeBand), FieldKinds.Options, "Company size", s => s.Options = [.. SizeBands])
            .WithField(nameof(AccountPart.AnnualRevenue), FieldKinds.Money, "Annual revenue", s => { s.Minimum = 0; s.DefaultCurrency = "USD"; })
            .WithField(nameof(AccountPart.Segment), FieldKinds.Options, "Segment", s => s.Options = [.. Segments])
            .WithField(nameof(AccountPart.LifecycleStage), FieldKinds.Options, "Lifecycle stage", s => s.Options = [.. LifecycleStages])
            .WithField(nameof(AccountPart.Phone), FieldKinds.Phone, "Phone")
            .WithField(nameof(AccountPart.ParentAccount), FieldKinds.ContentPicker, "Parent account", s => s.AllowedContentTypes = [AccountTypes.Account])
            .WithField(nameof(AccountPart.Tags), FieldKinds.Tags, "Tags")
            .WithField(nameof(AccountPart.Description), FieldKinds.Markdown, "Description"));

        await definitions.AlterTypeDefinitionAsync(AccountTypes.Account, type => type
            .DisplayedAs("Account")
            .WithSettings(new ContentTypeSettings { Description = "A company: its facts, people, history and owner." })
            .Creatable().Listable().Draftable().Versionable().Securable()
            .WithPart(nameof(AccountPart)));
    }

    private async Task DefineContactAsync()
    {
        await definitions.AlterPartDefinitionAsync(nameof(ContactPart), part => part
            .WithField(nameof(ContactPart.FirstName), FieldKinds.Text, "First name", s => s.MaxLength = 100)
            .WithField(nameof(ContactPart.LastName), FieldKinds.Text, "Last name", s => { s.Required = true; s.MaxLength = 100; })
            .WithField(nameof(ContactPart.JobTitle), FieldKinds.Text, "Job title", s => s.MaxLength = 200)
            .WithField(nameof(ContactPart.Department), FieldKinds.Text, "Department", s => s.MaxLength = 100)
            .WithField(nameof(ContactPart.Email), FieldKinds.Email, "Primary email")
            .WithField(nameof(ContactPart.Phone), FieldKinds.Phone, "Phone")
            .WithField(nameof(ContactPart.PreferredChannel), FieldKinds.Options, "Preferred channel", s => s.Options = [.. Channels])
            .WithField(nameof(ContactPart.MarketingConsent), FieldKinds.Boolean, "Marketing consent")
            .WithField(nameof(ContactPart.MarketingConsentDate), FieldKinds.Date, "Consent given on")
            .WithField(nameof(ContactPart.Language), FieldKinds.Text, "Language", s => s.MaxLength = 35)
            .WithField(nameof(ContactPart.TimeZone), FieldKinds.Text, "Time zone", s => s.MaxLength = 64)
            .WithField(nameof(ContactPart.ReportsTo), FieldKinds.ContentPicker, "Reports to", s => s.AllowedContentTypes = [AccountTypes.Contact])
            .WithField(nameof(ContactPart.AccountIds), FieldKinds.ContentPicker, "Accounts", s => { s.AllowedContentTypes = [AccountTypes.Account]; s.Multiple = true; }));

        await definitions.AlterTypeDefinitionAsync(AccountTypes.Contact, type => type
            .DisplayedAs("Contact")
            .WithSettings(new ContentTypeSettings { Description = "A person at one or more accounts, with their role there." })
            .Creatable().Listable().Draftable().Versionable().Securable()
            .WithPart(nameof(ContactPart)));
    }

    private async Task DefineActivityAsync()
    {
        await definitions.AlterPartDefinitionAsync(nameof(ActivityPart), part => part
            .WithField(nameof(ActivityPart.Kind), FieldKinds.Options, "Kind", s => { s.Options = [.. ActivityKinds.All]; s.Required = true; })
            .WithField(nameof(ActivityPart.OccurredUtc), FieldKinds.DateTime, "When")
            .WithField(nameof(ActivityPart.DurationMinutes), FieldKinds.Numeric, "Duration (minutes)", s => s.Minimum = 0)
            .WithField(nameof(ActivityPart.Outcome), FieldKinds.Text, "Outcome", s => { s.MaxLength = 500; s.Editor = "TextArea"; })
            .WithField(nameof(ActivityPart.Account), FieldKinds.ContentPicker, "Account", s => s.AllowedContentTypes = [AccountTypes.Account])
            .WithField(nameof(ActivityPart.Contacts), FieldKinds.ContentPicker, "Contacts", s => { s.AllowedContentTypes = [AccountTypes.Contact]; s.Multiple = true; })
            // The Deals module defines "Deal"; until it is enabled the picker accepts any item.
            .WithField(nameof(ActivityPart.Deal), FieldKinds.ContentPicker, "Deal")
            .WithField(nameof(ActivityPart.Participants), FieldKinds.UserPicker, "Participants", s => s.Multiple = true)
            .WithField(nameof(ActivityPart.Body), FieldKinds.Markdown, "Notes"));

        // Activities are logged as they happen, not drafted and reviewed.
        await definitions.AlterTypeDefinitionAsync(AccountTypes.Activity, type => type
            .DisplayedAs("Activity")
            .WithSettings(new ContentTypeSettings { Description = "A call, email, meeting, site visit, product demo or note." })
            .Creatable().Listable().Draftable(false).Versionable().Securable()
            .WithPart(nameof(ActivityPart)));
    }

    private async Task DefineTaskAsync()
    {
        await definitions.AlterPartDefinitionAsync(nameof(TaskPart), part => part
            .WithField(nameof(TaskPart.Title), FieldKinds.Text, "Title", s => { s.Required = true; s.MaxLength = 200; })
            .WithField(nameof(TaskPart.DueUtc), FieldKinds.DateTime, "Due")
            .WithField(nameof(TaskPart.Assignee), FieldKinds.UserPicker, "Assignee")
            .WithField(nameof(TaskPart.Priority), FieldKinds.Options, "Priority", s => { s.Options = [.. Priorities]; s.DefaultValue = "Normal"; })
            .WithField(nameof(TaskPart.Status), FieldKinds.Options, "Status", s => { s.Options = [.. Statuses]; s.DefaultValue = "Open"; })
            .WithField(nameof(TaskPart.Account), FieldKinds.ContentPicker, "Account", s => s.AllowedContentTypes = [AccountTypes.Account])
            .WithField(nameof(TaskPart.Contact), FieldKinds.ContentPicker, "Contact", s => s.AllowedContentTypes = [AccountTypes.Contact])
            .WithField(nameof(TaskPart.Deal), FieldKinds.ContentPicker, "Deal")
            .WithField(nameof(TaskPart.ReminderUtc), FieldKinds.DateTime, "Remind me at")
            .WithField(nameof(TaskPart.CompletedUtc), FieldKinds.DateTime, "Completed"));

        await definitions.AlterTypeDefinitionAsync(AccountTypes.Task, type => type
            .DisplayedAs("Task")
            .WithSettings(new ContentTypeSettings { Description = "A follow-up: what, by when, who, and what it is about." })
            .Creatable().Listable().Draftable(false).Versionable().Securable()
            .WithPart(nameof(TaskPart)));
    }
}
