// What every graph type, resolver and loader builds on, said once rather than atop each file.
global using Graph.Core;
global using GraphQL;
global using GraphQL.DataLoader;
global using GraphQL.MicrosoftDI;
global using GraphQL.Types;
