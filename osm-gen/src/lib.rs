//! osm-gen (placeholder, filled by its issue).
