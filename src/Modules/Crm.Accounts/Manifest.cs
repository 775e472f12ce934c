using OrchardCrm.Modules;

[assembly: Module(
    Id = "Crm.Accounts",
    Name = "Accounts & Stakeholders",
    Description = "Companies, the people in them with their buying roles, every interaction on one timeline, tasks, and the account 360 page.",
    Category = "Sales",
    Version = "1.0.0",
    Dependencies = ["Crm.Contents"])]
