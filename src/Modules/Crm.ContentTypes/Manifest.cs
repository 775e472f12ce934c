using OrchardCrm.Modules;

[assembly: Module(
    Id = "Crm.ContentTypes",
    Name = "Content types",
    Description = "Edit content types at run time: their parts and custom fields, in order, with their settings.",
    Category = "Content",
    Version = "1.0.0",
    Dependencies = ["Crm.Contents"])]
