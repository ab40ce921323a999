CREATE (:Node:Source {id: $id, kind: $kind, title: $title, date: $date, url: $url, document: $document})
