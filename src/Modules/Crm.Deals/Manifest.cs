using OrchardCrm.Modules;

[assembly: Module(
    Id = "Crm.Deals",
    Name = "Deals Pipeline",
    Description = "Pipelines and stages, deals with line items and buying committees, the board, stage history, rotting, follow-ups, forecast and win/loss.",
    Category = "Sales",
    Version = "1.0.0",
    Dependencies = ["Crm.Accounts"])]
