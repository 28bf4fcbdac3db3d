//! osm-sandbox (placeholder, filled by its issue).
