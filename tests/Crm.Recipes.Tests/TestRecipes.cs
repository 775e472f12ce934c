namespace OrchardCrm.Recipes.Tests;

/// <summary>Recipes shared by the tests: a "Memo" type with a required body and a bounded priority.</summary>
public static class TestRecipes
{
    public const string MemoDefinitionStep = """
        {
          "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "Memo", "DisplayName": "Memo",
            "ContentTypePartDefinitionRecords": [ { "PartName": "Memo", "Name": "Memo" } ] } ],
          "ContentParts": [ { "Name": "Memo", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Body", "Settings": { "TextFieldSettings": { "Required": true } } },
            { "FieldName": "NumericField", "Name": "Priority", "Settings": { "NumericFieldSettings": { "Minimum": 1, "Maximum": 5 } } } ] } ]
        }
        """;

    public static string Memo(string id, string title, string body, int priority) => $$"""
        { "ContentItemId": "{{id}}", "ContentType": "Memo", "DisplayText": "{{title}}",
          "Memo": { "Body": { "Text": "{{body}}" }, "Priority": { "Value": {{priority}} } } }
        """;

    /// <summary>Enables Echo, sets settings, defines Memo, creates two memos.</summary>
    public static readonly string Baseline = $$"""
        {
          "name": "baseline",
          "steps": [
            { "name": "feature", "enable": [ "Crm.Test.Echo" ] },
            { "name": "settings", "SiteName": "Baseline CRM", "DefaultCurrency": "EUR", "PageSize": 25, "Sales": { "Region": "EMEA" } },
            {{MemoDefinitionStep}},
            { "name": "content", "data": [
              {{Memo("memo00000000000000000000001", "First memo", "Call back", 2)}},
              {{Memo("memo00000000000000000000002", "Second memo", "Send the offer", 4)}} ] }
          ]
        }
        """;
}
