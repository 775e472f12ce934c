using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data;
using OrchardCrm.Deals.Indexes;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Records;
using OrchardCrm.Deals.Services;
using OrchardCrm.Modules;

namespace OrchardCrm.Deals;

/// <summary>
/// Defines the Deal type (a field definition per content field of <see cref="DealPart"/>, so the kernel
/// validates and indexes them; the committee and line items are plain lists checked by the module's
/// handler), creates the index and record tables, and the "New business" pipeline.
/// </summary>
public sealed class Migrations(IContentDefinitionManager definitions, ISchemaBuilder schema, IPipelineService pipelines) : IDataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterPartDefinitionAsync(nameof(DealPart), part => part
            .WithField(nameof(DealPart.Name), FieldKinds.Text, "Deal name", s => { s.Required = true; s.MaxLength = 200; })
            .WithField(nameof(DealPart.Account), FieldKinds.ContentPicker, "Account", s => s.AllowedContentTypes = [AccountTypes.Account])
            .WithField(nameof(DealPart.Amount), FieldKinds.Money, "Amount", s => { s.Minimum = 0; s.DefaultCurrency = "USD"; s.Hint = "Computed from the line items when there are any."; })
            .WithField(nameof(DealPart.ExpectedCloseDate), FieldKinds.Date, "Expected close date")
            .WithField(nameof(DealPart.Source), FieldKinds.Options, "Source", s => s.Options = [.. DealSources.Defaults])
            .WithField(nameof(DealPart.NextStep), FieldKinds.Text, "Next step", s => s.MaxLength = 500)
            .WithField(nameof(DealPart.NextActivityDate), FieldKinds.Date, "Next activity")
            .WithField(nameof(DealPart.Priority), FieldKinds.Options, "Priority", s => { s.Options = [.. DealPriorities.All]; s.DefaultValue = "Normal"; })
            .WithField(nameof(DealPart.Tags), FieldKinds.Tags, "Tags")
            .WithField(nameof(DealPart.CloseReason), FieldKinds.Text, "Close reason", s => s.MaxLength = 200)
            .WithField(nameof(DealPart.Competitor), FieldKinds.Text, "Competitor", s => s.MaxLength = 200)
            .WithField(nameof(DealPart.LastActivityUtc), FieldKinds.DateTime, "Last activity"));

        // Deals are changed in place (no draft, no new version per save): the row version then grows
        // with every change, which is what the board's stale-move check compares; the stage history and
        // the audit trail keep what changed.
        await definitions.AlterTypeDefinitionAsync(DealTypes.Deal, type => type
            .DisplayedAs("Deal")
            .WithSettings(new ContentTypeSettings { Description = "An opportunity with an account: its stage, value, close date and buying committee." })
            .Creatable().Listable().Draftable(false).Versionable(false).Securable()
            .WithPart(nameof(DealPart))
            .WithPart(nameof(CommitteePart)));

        // The Accounts module leaves the activity's and task's deal pickers open until deals exist.
        await definitions.AlterPartDefinitionAsync(nameof(ActivityPart), part => part
            .WithField(nameof(ActivityPart.Deal), FieldKinds.ContentPicker, "Deal", s => s.AllowedContentTypes = [DealTypes.Deal]));
        await definitions.AlterPartDefinitionAsync(nameof(TaskPart), part => part
            .WithField(nameof(TaskPart.Deal), FieldKinds.ContentPicker, "Deal", s => s.AllowedContentTypes = [DealTypes.Deal]));

        await schema.CreateMapIndexTableAsync<DealIndex>();
        await schema.CreateMapIndexTableAsync<DealActivityIndex>();
        await schema.CreateTableAsync<PipelineRecord>();
        await schema.CreateTableAsync<DealHistoryRecord>();
        await schema.CreateTableAsync<DealRottingEpisodeRecord>();

        if (await pipelines.GetAsync(DefaultPipelines.NewBusinessId) is null)
        {
            var saved = await pipelines.SaveAsync(DefaultPipelines.NewBusiness());
            if (!saved.Succeeded) throw new InvalidOperationException("The default pipeline is not valid: " + string.Join("; ", saved.Errors));
        }
        return 1;
    }
}
