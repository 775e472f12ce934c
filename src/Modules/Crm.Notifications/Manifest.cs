using OrchardCrm.Modules;

[assembly: Module(
    Id = "Crm.Notifications",
    Name = "Notifications",
    Description = "In-app notifications for each user: the bell in the top bar, a page of all of them, and a JSON API. Other modules (reminders, workflows, deals) send through it.",
    Category = "Collaboration",
    Version = "1.0.0")]
