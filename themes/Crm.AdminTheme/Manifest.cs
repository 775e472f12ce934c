using OrchardCrm.Modules;

[assembly: Module(
    Id = "Crm.AdminTheme",
    Name = "Admin theme",
    Description = "The admin layout: top bar with search and user menu, side navigation from the modules' admin menus, breadcrumbs and notifications.",
    Category = "Themes",
    Version = "1.0.0",
    AlwaysEnabled = true)]
