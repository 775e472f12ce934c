using OrchardCrm.Modules;

[assembly: Module(
    Id = "Crm.Search.Lucene",
    Name = "Search (Lucene)",
    Description = "Full-text search of every content type from the top bar, the results page and the API, on a Lucene index kept by each node.",
    Category = "Search",
    Version = "1.0.0",
    Dependencies = ["Crm.Contents"])]
