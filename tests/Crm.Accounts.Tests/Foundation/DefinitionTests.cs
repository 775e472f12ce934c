using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Foundation;

public sealed class DefinitionTests
{
    [Theory, Databases]
    public async Task Enabling_accounts_defines_the_four_types_with_a_field_for_every_content_field_of_their_parts(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await AccountsTestShell.StartWithAccountsAsync(db);

        await shell.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            foreach (var (type, part) in new[] { (AccountTypes.Account, typeof(AccountPart)), (AccountTypes.Contact, typeof(ContactPart)), (AccountTypes.Activity, typeof(ActivityPart)), (AccountTypes.Task, typeof(TaskPart)) })
            {
                var typeDefinition = await definitions.GetTypeDefinitionAsync(type);
                Assert.NotNull(typeDefinition);
                Assert.Contains(typeDefinition.Parts, p => p.PartName == part.Name);
                Assert.True(typeDefinition.TypeSettings.Creatable && typeDefinition.TypeSettings.Listable && typeDefinition.TypeSettings.Versionable);

                var partDefinition = (await definitions.GetPartDefinitionAsync(part.Name))!;
                var contentFields = part.GetProperties().Where(p => typeof(ContentField).IsAssignableFrom(p.PropertyType)).ToList();
                Assert.Equal(contentFields.Count, partDefinition.Fields.Count);
                foreach (var property in contentFields)
                {
                    var field = partDefinition.Field(property.Name);
                    Assert.True(field is not null, $"{part.Name}.{property.Name} has no field definition");
                    Assert.Equal(property.PropertyType.Name, field.FieldKind);
                    Assert.False(string.IsNullOrWhiteSpace(field.PartFieldSettings.DisplayName), $"{part.Name}.{property.Name} has no display name");
                }
            }
            Assert.False((await definitions.GetTypeDefinitionAsync(AccountTypes.Activity))!.TypeSettings.Draftable);
            Assert.False((await definitions.GetTypeDefinitionAsync(AccountTypes.Task))!.TypeSettings.Draftable);
            Assert.True((await definitions.GetTypeDefinitionAsync(AccountTypes.Account))!.TypeSettings.Draftable);
        });
    }

    [Theory, Databases]
    public async Task The_field_rules_refuse_what_they_should(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await AccountsTestShell.StartWithAccountsAsync(db);

        await shell.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var account = await contents.NewAsync(AccountTypes.Account);
            account.Alter<AccountPart>(a =>
            {
                a.Name.Text = new string('x', 201);
                a.Industry.Values = ["Astrology"];
                a.AnnualRevenue.Amount = -5;
            });
            var refused = await contents.CreateAsync(account);
            Assert.Equal(
                ["AccountPart.AnnualRevenue", "AccountPart.Industry", "AccountPart.Name"],
                refused.Errors.Select(e => e.Key).Distinct().Order());

            var task = await contents.NewAsync(AccountTypes.Task);
            var defaults = task.As<TaskPart>();
            Assert.Equal(["Normal"], defaults.Priority.Values);
            Assert.Equal(["Open"], defaults.Status.Values);
            Assert.Contains((await contents.CreateAsync(task)).Errors, e => e.Key == "TaskPart.Title");

            var activity = await contents.NewAsync(AccountTypes.Activity);
            activity.Alter<ActivityPart>(a => a.Account.ContentItemIds = ["nosuchaccount0000000000000"]);
            var errors = (await contents.CreateAsync(activity)).Errors.Select(e => e.Key).ToList();
            Assert.Contains("ActivityPart.Kind", errors);
            Assert.Contains("ActivityPart.Account", errors);
        });
    }
}
