using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Store;

/// <summary>A module's typed part and an administrator's run-time field live side by side in one item.</summary>
public sealed class TypedPartTests
{
    public sealed class ProfilePart : ContentPart
    {
        public TextField Motto { get; set; } = new();
        public int Rank { get; set; }
    }

    [Theory, Databases]
    public async Task Typed_part_fields_are_validated_indexed_and_queried_like_run_time_fields(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            // The module declares its part's field; the administrator adds one to the same part at run time.
            await definitions.AlterPartDefinitionAsync(nameof(ProfilePart), p => p
                .WithField(nameof(ProfilePart.Motto), FieldKinds.Text, "Motto", s => s.MaxLength = 30)
                .WithField("Region", FieldKinds.Text, "Region"));
            await definitions.AlterTypeDefinitionAsync("Vendor", t => t.WithPart(nameof(ProfilePart)));

            var content = sp.GetRequiredService<IContentManager>();
            var vendor = await content.NewAsync("Vendor");
            vendor.DisplayText = "Umbrella";
            vendor.Alter<ProfilePart>(p => { p.Motto.Text = "Always dry"; p.Rank = 3; });
            vendor.GetOrCreateField(nameof(ProfilePart), "Region")["Text"] = "EMEA";
            Assert.True((await content.CreateAsync(vendor)).Succeeded);

            var stored = (await content.GetAsync(vendor.ContentItemId))!;
            Assert.Equal("Always dry", stored.As<ProfilePart>().Motto.Text);
            Assert.Equal(3, stored.As<ProfilePart>().Rank);
            Assert.Equal("EMEA", stored.GetField(nameof(ProfilePart), "Region")!["Text"]!.GetValue<string>());

            var queries = sp.GetRequiredService<IContentQueryFactory>();
            Assert.Equal([vendor.ContentItemId], await queries.Query("Vendor").Where(FieldFilter.On(nameof(ProfilePart), "Motto").Equal("always dry")).ListIdsAsync());
            Assert.Equal([vendor.ContentItemId], await queries.Query("Vendor").Where(FieldFilter.On(nameof(ProfilePart), "Region").Equal("emea")).ListIdsAsync());

            stored.Alter<ProfilePart>(p => p.Motto.Text = new string('x', 31));
            var result = await content.UpdateAsync(stored);
            Assert.Equal("ProfilePart.Motto", Assert.Single(result.Errors).Key);
        });
    }
}
