# The API, built from this repository. The SDK stage also needs npm: the build fetches the query
# IDE's assets (GraphiQL) from npm into wwwroot/lib.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Graph.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# wget for the compose healthcheck.
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV Urls=http://0.0.0.0:5080
EXPOSE 5080
ENTRYPOINT ["dotnet", "Graph.Api.dll"]
