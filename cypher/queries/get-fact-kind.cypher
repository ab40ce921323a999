// Which kind of fact (position, membership, role, vote, ballot) holds the id, if any.
MATCH (f:FactId {id: $id})
RETURN f.kind AS kind
