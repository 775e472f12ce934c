using OrchardCrm.Modules;

[assembly: Module(
    Id = "Crm.Workflows",
    Name = "Workflows",
    Description = "Event-driven automation: workflow types of activities joined by their outcomes, started and resumed by content, deal, timer, HTTP and signal events.",
    Category = "Automation",
    Version = "1.0.0")]
