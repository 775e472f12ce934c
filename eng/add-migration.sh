#!/usr/bin/env bash
# Adds an EF Core migration of the kernel schema for both providers: eng/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: eng/add-migration.sh NAME}"
dotnet tool restore >/dev/null
for pair in "SqliteCrmDbContext:Sqlite" "PostgresCrmDbContext:PostgreSql"; do
  context="${pair%%:*}"; folder="${pair##*:}"
  dotnet ef migrations add "$name" --project src/Core/Crm.Core --startup-project src/Crm.Web \
    --context "$context" --output-dir "Data/Migrations/$folder" --namespace "OrchardCrm.Data.Migrations.$folder"
done
