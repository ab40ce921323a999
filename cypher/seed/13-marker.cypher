// Tells the API this dataset version is loaded, so it does not load it again.
UNWIND $rows AS row
MERGE (m:Marker {key: row.key})
SET m.value = row.value
