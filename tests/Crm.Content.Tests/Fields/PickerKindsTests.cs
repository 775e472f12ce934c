using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Fields.Kinds;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data.Entities;
using OrchardCrm.Testing;
using static OrchardCrm.Content.Tests.Fields.FieldKindTesting;

namespace OrchardCrm.Content.Tests.Fields;

public sealed class PickerKindsTests
{
    [Theory, Databases]
    public async Task A_content_picker_accepts_only_existing_items_of_its_allowed_types(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        var (account, contact, removed) = await shell.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.AlterTypeDefinitionAsync("Account", t => t.Draftable(false));
            await definitions.AlterTypeDefinitionAsync("Contact", t => t.Draftable(false));
            var contents = sp.GetRequiredService<IContentManager>();
            async Task<string> CreateAsync(string type)
            {
                var item = await contents.NewAsync(type);
                item.DisplayText = type + " item";
                var result = await contents.CreateAsync(item);
                Assert.True(result.Succeeded, result.ToString());
                return item.ContentItemId;
            }
            var removedId = await CreateAsync("Account");
            await contents.RemoveAsync((await contents.GetAsync(removedId))!);
            return (await CreateAsync("Account"), await CreateAsync("Contact"), removedId);
        });

        var field = Field(FieldKinds.ContentPicker, "Primary account", s => s.AllowedContentTypes = ["Account"]);
        var kind = new ContentPickerFieldKind();
        await shell.ScopeAsync(async sp =>
        {
            Assert.Empty(await ValidateAsync(kind, field, $$"""{ "ContentItemIds": ["{{account}}"] }""", sp));
            Assert.Equal([$"Primary account refers to '{contact}', a Contact; it accepts only Account."],
                await ValidateAsync(kind, field, $$"""{ "ContentItemIds": ["{{contact}}"] }""", sp));
            Assert.Equal([$"Primary account refers to '{removed}', which is not an existing content item."],
                await ValidateAsync(kind, field, $$"""{ "ContentItemIds": ["{{removed}}"] }""", sp));
            Assert.Equal(["Primary account refers to 'nope', which is not an existing content item."],
                await ValidateAsync(kind, field, """{ "ContentItemIds": ["nope"] }""", sp));
            Assert.Equal(["Primary account accepts only one value."],
                await ValidateAsync(kind, Field(FieldKinds.ContentPicker, "Primary account"), $$"""{ "ContentItemIds": ["{{account}}", "{{contact}}"] }""", sp));
            Assert.Empty(await ValidateAsync(kind, Field(FieldKinds.ContentPicker, "Related", s => s.Multiple = true), $$"""{ "ContentItemIds": ["{{account}}", "{{contact}}"] }""", sp));
        });
    }

    [Fact]
    public void Picked_items_and_users_are_reference_index_entries()
    {
        Assert.Equal(
            [new FieldIndexEntry(FieldIndexKind.Reference, "a1"), new FieldIndexEntry(FieldIndexKind.Reference, "a2")],
            new ContentPickerFieldKind().Index(Json("""{ "ContentItemIds": ["a1", " a2 ", "a1"] }"""), new()));
        Assert.Equal([new FieldIndexEntry(FieldIndexKind.Reference, "u1")], new UserPickerFieldKind().Index(Json("""{ "UserIds": ["u1"] }"""), new()));
        Assert.Empty(new UserPickerFieldKind().Index(Json("""{ "UserIds": [] }"""), new()));
    }

    [Theory, Databases]
    public async Task A_user_picker_accepts_only_existing_users(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        var userId = await shell.ScopeAsync(async sp =>
        {
            var user = new CrmUser { UserName = "ada", Email = "ada@example.com", CreatedUtc = DateTime.UtcNow };
            var result = await sp.GetRequiredService<UserManager<CrmUser>>().CreateAsync(user, "Passw0rd!Passw0rd");
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            return user.Id;
        });

        var kind = new UserPickerFieldKind();
        var field = Field(FieldKinds.UserPicker, "Account manager", s => s.Required = true);
        await shell.ScopeAsync(async sp =>
        {
            Assert.Empty(await ValidateAsync(kind, field, $$"""{ "UserIds": ["{{userId}}"] }""", sp));
            Assert.Equal(["Account manager refers to 'ghost', which is not an existing user."], await ValidateAsync(kind, field, """{ "UserIds": ["ghost"] }""", sp));
            Assert.Equal(["Account manager is required."], await ValidateAsync(kind, field, """{ "UserIds": [] }""", sp));
        });
    }
}
