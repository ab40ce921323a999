// Sets the end of the position, membership or role with this id; 0 rows when there is none.
MATCH ()-[r:SPONSORS|BACKS|OPPOSES|PROPOSES|MEMBER_OF|REPRESENTS]->()
WHERE r.id = $id
SET r.until = $until
RETURN count(r) AS ended
