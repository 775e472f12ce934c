using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement.Fields.Kinds;
using OrchardCrm.Modules;

namespace OrchardCrm.ContentManagement.Fields;

public static class FieldKindServices
{
    /// <summary>The built-in field kinds (always on: they belong to no feature) and the registry over the enabled kinds.</summary>
    public static IServiceCollection AddFieldKinds(this IServiceCollection services)
    {
        services.AddFieldKind<TextFieldKind>();
        services.AddFieldKind<MarkdownFieldKind>();
        services.AddFieldKind<HtmlFieldKind>();
        services.AddFieldKind<NumericFieldKind>();
        services.AddFieldKind<MoneyFieldKind>();
        services.AddFieldKind<DateFieldKind>();
        services.AddFieldKind<DateTimeFieldKind>();
        services.AddFieldKind<BooleanFieldKind>();
        services.AddFieldKind<OptionsFieldKind>();
        services.AddFieldKind<EmailFieldKind>();
        services.AddFieldKind<PhoneFieldKind>();
        services.AddFieldKind<LinkFieldKind>();
        services.AddFieldKind<TagsFieldKind>();
        services.AddFieldKind<ContentPickerFieldKind>();
        services.AddFieldKind<UserPickerFieldKind>();
        services.AddScoped<IFieldKindRegistry, FieldKindRegistry>();
        return services;
    }
}
