using OrchardCrm.Modules;

[assembly: Module(
    Id = "Crm.Contents",
    Name = "Contents",
    Description = "Content items of every type: the per-type permissions and the content REST API.",
    Category = "Content",
    Version = "1.0.0",
    AlwaysEnabled = true)]
