using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Contents.Editors.Kinds;

namespace OrchardCrm.Contents.Editors;

public static class FieldEditorServices
{
    /// <summary>Adds the editor of a field kind (its partial goes in Views/Shared/FieldEditors).</summary>
    public static IServiceCollection AddFieldEditor<T>(this IServiceCollection services) where T : class, IFieldEditor =>
        services.AddScoped<IFieldEditor, T>();

    /// <summary>The editors of the built-in kinds, the registry, and the form binder.</summary>
    public static IServiceCollection AddContentEditors(this IServiceCollection services)
    {
        services.AddFieldEditor<TextFieldEditor>();
        services.AddFieldEditor<MarkdownFieldEditor>();
        services.AddFieldEditor<HtmlFieldEditor>();
        services.AddFieldEditor<NumericFieldEditor>();
        services.AddFieldEditor<MoneyFieldEditor>();
        services.AddFieldEditor<DateFieldEditor>();
        services.AddFieldEditor<DateTimeFieldEditor>();
        services.AddFieldEditor<BooleanFieldEditor>();
        services.AddFieldEditor<OptionsFieldEditor>();
        services.AddFieldEditor<EmailFieldEditor>();
        services.AddFieldEditor<PhoneFieldEditor>();
        services.AddFieldEditor<LinkFieldEditor>();
        services.AddFieldEditor<TagsFieldEditor>();
        services.AddFieldEditor<ContentPickerFieldEditor>();
        services.AddFieldEditor<UserPickerFieldEditor>();
        services.AddScoped<JsonFieldEditor>();
        services.AddScoped<FieldEditorRegistry>();
        services.AddScoped<ContentForm>();
        return services;
    }
}
