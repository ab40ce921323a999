// Fact ids are unique across positions, memberships and roles: the :FactId constraint refuses a taken one.
CREATE (:FactId {id: $id, kind: $kind})
