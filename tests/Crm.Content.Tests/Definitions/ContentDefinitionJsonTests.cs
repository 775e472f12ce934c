using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.Content.Tests.Definitions;

public sealed class ContentDefinitionJsonTests
{
    /// <summary>As Orchard Core writes a definition in a recipe: field kind in "FieldName", positions as strings.</summary>
    public const string OrchardDefinitions = """
        {
          "ContentTypes": [ {
            "Name": "Account", "DisplayName": "Account",
            "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": false, "Versionable": true, "Securable": true } },
            "ContentTypePartDefinitionRecords": [
              { "PartName": "Account", "Name": "Account", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
              { "PartName": "AddressPart", "Name": "BillingAddress", "Settings": { "ContentTypePartSettings": { "Position": "1" } } }
            ]
          } ],
          "ContentParts": [ {
            "Name": "Account", "Settings": {},
            "ContentPartFieldDefinitionRecords": [
              { "FieldName": "TextField", "Name": "Industry",
                "Settings": { "ContentPartFieldSettings": { "DisplayName": "Industry", "Position": "1" }, "TextFieldSettings": { "Required": true, "MaxLength": 100 } } },
              { "FieldName": "MoneyField", "Name": "AnnualRevenue",
                "Settings": { "ContentPartFieldSettings": { "DisplayName": "Annual revenue", "Position": "0" }, "MoneyFieldSettings": { "DefaultCurrency": "EUR", "Minimum": "0" } } }
            ]
          } ]
        }
        """;

    [Fact]
    public void Orchard_cores_definitions_read_as_types_parts_and_fields()
    {
        var definitions = ContentDefinitionJson.Read(JsonNode.Parse(OrchardDefinitions)!.AsObject());

        var type = Assert.Single(definitions.Types);
        Assert.Equal("Account", type.Name);
        Assert.False(type.TypeSettings.Draftable);
        Assert.Equal([("Account", "Account", 0), ("BillingAddress", "AddressPart", 1)], type.Parts.Select(p => (p.Name, p.PartName, p.Position)));

        var part = Assert.Single(definitions.Parts);
        var industry = part.Field("Industry")!;
        Assert.Equal(FieldKinds.Text, industry.FieldKind);
        Assert.Equal(1, industry.PartFieldSettings.Position);
        Assert.True(industry.FieldSettings.Required);
        Assert.Equal(100, industry.FieldSettings.MaxLength);
        var revenue = part.Field("AnnualRevenue")!;
        Assert.Equal("Annual revenue", revenue.DisplayName);
        Assert.Equal(0m, revenue.FieldSettings.Minimum);
        Assert.Equal("EUR", revenue.FieldSettings.DefaultCurrency);
    }

    [Fact]
    public void Writing_what_was_read_gives_back_the_same_json()
    {
        var original = JsonNode.Parse(OrchardDefinitions)!.AsObject();
        var written = ContentDefinitionJson.Write(ContentDefinitionJson.Read(original));
        Assert.True(JsonNode.DeepEquals(original, written), written.ToJsonString());
    }

    [Fact]
    public void Definitions_made_with_builders_are_written_in_orchard_cores_shape()
    {
        var part = new ContentPartDefinition { Name = "Account" };
        new ContentPartDefinitionBuilder(part).WithField("Industry", FieldKinds.Text, "Industry", s => s.Required = true);
        var type = new ContentTypeDefinition { Name = "Account", DisplayName = "Account" };
        new ContentTypeDefinitionBuilder(type).WithPart("Account");

        var json = ContentDefinitionJson.Write(new ContentDefinitionSet { Types = [type], Parts = [part] });

        var field = json["ContentParts"]![0]!["ContentPartFieldDefinitionRecords"]![0]!;
        Assert.Equal("TextField", (string?)field["FieldName"]);
        Assert.Equal("Industry", (string?)field["Name"]);
        Assert.Equal("Industry", (string?)field["Settings"]!["ContentPartFieldSettings"]!["DisplayName"]);
        var typePart = json["ContentTypes"]![0]!["ContentTypePartDefinitionRecords"]![0]!;
        Assert.Equal("Account", (string?)typePart["PartName"]);
        Assert.Equal("Account", (string?)typePart["Name"]);
    }
}
