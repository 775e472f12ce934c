using OrchardCrm.Modules;

[assembly: Module(
    Id = "Crm.Admin",
    Name = "Administration",
    Description = "The admin dashboard with the modules' widgets, the features page and the recipes page.",
    Category = "Administration",
    Version = "1.0.0",
    AlwaysEnabled = true)]
