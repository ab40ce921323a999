MERGE (m:Marker {key: $key})
SET m.value = $value
