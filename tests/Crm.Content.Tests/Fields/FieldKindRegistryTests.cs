using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Modules;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Fields;

public sealed class FieldKindRegistryTests
{
    /// <summary>A kind contributed by the Echo test feature.</summary>
    internal sealed class RatingFieldKind : IFieldKind
    {
        public const string KindName = "RatingField";
        public string Name => KindName;
        public JsonObject? CreateDefault(FieldSettings settings) => null;
        public void Normalize(JsonObject field, FieldSettings settings) { }
        public ValueTask ValidateAsync(FieldValidationContext context) => ValueTask.CompletedTask;
        public IEnumerable<FieldIndexEntry> Index(JsonObject? field, FieldSettings settings) => [];
        public string ToDisplayText(JsonObject? field) => "";
    }

    /// <summary>Registers <see cref="RatingFieldKind"/> as the Echo feature's, as its startup would.</summary>
    internal static void AddEchoRatingKind(IServiceCollection services)
    {
        services.AddFieldKind<RatingFieldKind>();
        var map = (FeatureTypeMap)services.Single(d => d.ServiceType == typeof(FeatureTypeMap)).ImplementationInstance!;
        map.Add(typeof(RatingFieldKind), "Crm.Test.Echo");
    }

    [Theory, Databases]
    public async Task The_built_in_kinds_are_always_known(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(sp =>
        {
            var registry = sp.GetRequiredService<IFieldKindRegistry>();
            string[] builtIn =
            [
                FieldKinds.Text, FieldKinds.Markdown, FieldKinds.Html, FieldKinds.Numeric, FieldKinds.Money, FieldKinds.Date,
                FieldKinds.DateTime, FieldKinds.Boolean, FieldKinds.Options, FieldKinds.Email, FieldKinds.Phone, FieldKinds.Link,
                FieldKinds.Tags, FieldKinds.ContentPicker, FieldKinds.UserPicker,
            ];
            foreach (var name in builtIn) Assert.Equal(name, registry.Find(name)?.Name);
            Assert.Equal(builtIn.Order(), registry.All.Select(k => k.Name).Order());
            Assert.Null(registry.Find("FooField"));
            return Task.CompletedTask;
        });
    }

    [Theory, Databases]
    public async Task A_modules_kind_exists_only_while_its_feature_is_enabled(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db, AddEchoRatingKind);
        bool Known(IServiceProvider sp) => sp.GetRequiredService<IFieldKindRegistry>().Find(RatingFieldKind.KindName) is not null;

        Assert.False(await shell.ScopeAsync(sp => Task.FromResult(Known(sp))));
        await shell.EnableAsync("Crm.Test.Echo");
        Assert.True(await shell.ScopeAsync(sp => Task.FromResult(Known(sp))));
        await shell.DisableAsync("Crm.Test.Echo");
        Assert.False(await shell.ScopeAsync(sp => Task.FromResult(Known(sp))));
    }
}
