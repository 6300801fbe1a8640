# The Graph worker (`graph run`) in a container; docker-compose.yml pairs it with Neo4j 5.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Graph.Worker/Graph.Worker.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
COPY ontology ./ontology
COPY Graph.sln ./Graph.sln
ENTRYPOINT ["dotnet", "graph.dll"]
CMD ["run"]
