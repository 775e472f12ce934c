using OrchardCrm.Modules;

[assembly: Module(
    Id = "Crm.Users",
    Name = "Users",
    Description = "Sign-in and sign-out, change password, users and roles with their permissions.",
    Category = "Security",
    Version = "1.0.0",
    AlwaysEnabled = true)]
