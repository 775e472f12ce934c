using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardCrm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FieldIndexesByItem : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TextFieldIndex_DocumentId",
                table: "TextFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_ReferenceFieldIndex_DocumentId",
                table: "ReferenceFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_NumericFieldIndex_DocumentId",
                table: "NumericFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_DateFieldIndex_DocumentId",
                table: "DateFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_BooleanFieldIndex_DocumentId",
                table: "BooleanFieldIndex");

            migrationBuilder.CreateIndex(
                name: "IX_TextFieldIndex_DocumentId_PartName_FieldName_SubField_NormalizedText",
                table: "TextFieldIndex",
                columns: new[] { "DocumentId", "PartName", "FieldName", "SubField", "NormalizedText" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceFieldIndex_DocumentId_PartName_FieldName_SubField_ReferencedId",
                table: "ReferenceFieldIndex",
                columns: new[] { "DocumentId", "PartName", "FieldName", "SubField", "ReferencedId" });

            migrationBuilder.CreateIndex(
                name: "IX_NumericFieldIndex_DocumentId_PartName_FieldName_SubField_Value",
                table: "NumericFieldIndex",
                columns: new[] { "DocumentId", "PartName", "FieldName", "SubField", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_DateFieldIndex_DocumentId_PartName_FieldName_SubField_Value",
                table: "DateFieldIndex",
                columns: new[] { "DocumentId", "PartName", "FieldName", "SubField", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_DocumentId_ContentType_Published_Latest",
                table: "ContentItemIndex",
                columns: new[] { "DocumentId", "ContentType", "Published", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_BooleanFieldIndex_DocumentId_PartName_FieldName_SubField_Value",
                table: "BooleanFieldIndex",
                columns: new[] { "DocumentId", "PartName", "FieldName", "SubField", "Value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TextFieldIndex_DocumentId_PartName_FieldName_SubField_NormalizedText",
                table: "TextFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_ReferenceFieldIndex_DocumentId_PartName_FieldName_SubField_ReferencedId",
                table: "ReferenceFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_NumericFieldIndex_DocumentId_PartName_FieldName_SubField_Value",
                table: "NumericFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_DateFieldIndex_DocumentId_PartName_FieldName_SubField_Value",
                table: "DateFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentItemIndex_DocumentId_ContentType_Published_Latest",
                table: "ContentItemIndex");

            migrationBuilder.DropIndex(
                name: "IX_BooleanFieldIndex_DocumentId_PartName_FieldName_SubField_Value",
                table: "BooleanFieldIndex");

            migrationBuilder.CreateIndex(
                name: "IX_TextFieldIndex_DocumentId",
                table: "TextFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceFieldIndex_DocumentId",
                table: "ReferenceFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_NumericFieldIndex_DocumentId",
                table: "NumericFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DateFieldIndex_DocumentId",
                table: "DateFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_BooleanFieldIndex_DocumentId",
                table: "BooleanFieldIndex",
                column: "DocumentId");
        }
    }
}
