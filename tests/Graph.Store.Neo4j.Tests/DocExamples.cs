namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// Canned Query API bodies, shaped like the examples in Neo4j's Query API documentation (the page each
/// comes from is named). Only documented fields are used; values are the docs' or same-typed stand-ins.
/// </summary>
public static class DocExamples
{
    public const string TypedJsonMediaType = "application/vnd.neo4j.query";
    public const string AffinityHeader = "neo4j-cluster-affinity";

    /// <summary>Page "Run transactions": the example affinity value and transaction id.</summary>
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    public const string TransactionId = "lyU";

    /// <summary>
    /// Page "Typed JSON": "Example response" structure (data.fields, data.values, bookmarks), one row whose
    /// values are the type-mapping table's examples for Node, Date, Integer, Float, Boolean, List, Map,
    /// Null, String and OffsetDateTime.
    /// </summary>
    public const string TypedValues = """
        {
          "data": {
            "fields": ["person", "born", "age", "score", "active", "tags", "address", "nothing", "name", "seen"],
            "values": [
              [
                {
                  "$type": "Node",
                  "_value": {
                    "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                    "_labels": ["Person"],
                    "_properties": {
                      "name": { "$type": "String", "_value": "Phil" },
                      "age": { "$type": "Integer", "_value": "42" }
                    }
                  }
                },
                { "$type": "Date", "_value": "2015-03-26" },
                { "$type": "Integer", "_value": "123" },
                { "$type": "Float", "_value": "4.56" },
                { "$type": "Boolean", "_value": true },
                {
                  "$type": "List",
                  "_value": [
                    { "$type": "String", "_value": "A" },
                    { "$type": "String", "_value": "B" }
                  ]
                },
                {
                  "$type": "Map",
                  "_value": {
                    "fieldA": { "$type": "String", "_value": "A" },
                    "fieldB": { "$type": "Integer", "_value": "9007199254740993" }
                  }
                },
                { "$type": "Null", "_value": null },
                { "$type": "String", "_value": "Phil" },
                { "$type": "OffsetDateTime", "_value": "2015-11-21T21:40:32.142Z" }
              ]
            ]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;

    /// <summary>Page "Typed JSON": the example response (a Node and a String).</summary>
    public const string PhilResponse = """
        {
          "data": {
            "fields": ["person", "name"],
            "values": [
              [
                {
                  "$type": "Node",
                  "_value": {
                    "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                    "_labels": ["Person"],
                    "_properties": { "name": { "$type": "String", "_value": "Phil" } }
                  }
                },
                { "$type": "String", "_value": "Phil" }
              ]
            ]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;

    /// <summary>Page "Run transactions", "Create a transaction": results plus bookmarks and the transaction's id/expires.</summary>
    public static string OpenedTransaction(string name) => $$"""
        {
          "data": {
            "fields": ["person"],
            "values": [
              [
                {
                  "$type": "Node",
                  "_value": {
                    "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
                    "_labels": ["Person"],
                    "_properties": {
                      "name": { "$type": "String", "_value": "{{name}}" },
                      "age": { "$type": "Integer", "_value": "42" }
                    }
                  }
                }
              ]
            ]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"],
          "transaction": { "id": "{{TransactionId}}", "expires": "2024-10-22T15:48:29Z" }
        }
        """;

    /// <summary>Page "Authorize requests", "Incorrect authentication" (status 401).</summary>
    public const string Unauthorized = """
        {
          "errors" : [ {
            "code" : "Neo.ClientError.Security.Unauthorized",
            "message" : "Invalid username or password."
          } ]
        }
        """;

    /// <summary>The error shape of pages "Authorize requests" and "Run transactions": errors[{code, message}].</summary>
    public static string Error(string code, string message) => $$"""
        {
          "errors": [ {
            "code": "{{code}}",
            "message": "{{message}}"
          } ]
        }
        """;

    public static readonly string SyntaxError = Error(
        "Neo.ClientError.Statement.SyntaxError",
        "Invalid input 'RETRUN': expected a valid clause (line 1, column 1 (offset: 0))");

    public static readonly string ConstraintViolation = Error(
        "Neo.ClientError.Schema.ConstraintValidationFailed",
        "Node(0) already exists with label `Person` and property `name` = 'Alice'");

    public static readonly string Deadlock = Error(
        "Neo.TransientError.Transaction.DeadlockDetected",
        "ForsetiClient[transactionId=12, clientId=1] can't acquire ExclusiveLock{owner=ForsetiClient[transactionId=11, clientId=3]}");
}
