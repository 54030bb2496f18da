"""newsdigest: multilingual news-digest ingestion pipeline."""
