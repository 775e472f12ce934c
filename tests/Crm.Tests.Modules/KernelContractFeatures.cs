using OrchardCrm.Modules;

// Features for the tests of the kernel's background tasks, module records, write handlers and event bus.
[assembly: Feature(Id = "Crm.Test.Tasks", Name = "Test tasks", Description = "Background tasks that count their runs, one of which always fails.")]
[assembly: Feature(Id = "Crm.Test.Records", Name = "Test records", Description = "A module record, content write handlers that write it, and event handlers.", Dependencies = ["Crm.Test.Echo"])]
