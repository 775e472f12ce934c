using OrchardCrm.Modules;

[assembly: Module(Id = "Crm.Test.Echo", Name = "Echo (test module)", Description = "Contributions of every kind, for the kernel's tests.", Category = "Testing", Version = "1.0.0")]
[assembly: Feature(Id = "Crm.Test.Base", Name = "Echo base", Description = "What Echo depends on.")]
[assembly: Feature(Id = "Crm.Test.Echo", Name = "Echo", Description = "An endpoint, a handler, a recipe step, a permission, a menu entry, a migration and a map index.", Dependencies = ["Crm.Test.Base"])]
[assembly: Feature(Id = "Crm.Test.EchoExtra", Name = "Echo extra", Description = "Depends on Echo.", Dependencies = ["Crm.Test.Echo"])]
[assembly: Feature(Id = "Crm.Test.Always", Name = "Always on", Description = "Cannot be disabled.", AlwaysEnabled = true)]
