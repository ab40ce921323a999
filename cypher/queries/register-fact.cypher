// Fact ids are unique across positions, memberships, roles, votes and ballots: the :FactId constraint refuses a taken one.
CREATE (:FactId {id: $id, kind: $kind})
