MATCH (m:Marker {key: $key})
RETURN m.value AS value
