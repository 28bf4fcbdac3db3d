//! `osm` end to end against the sandbox, run as a process (`osm sandbox` on a free port):
//! a ticket's whole life, following and waiting while support works on it, output formats
//! and queries, dry runs, profiles, completions and usage errors.
#![allow(clippy::unwrap_used)]

mod common;
mod follow;
mod life;
mod output;
mod profiles;
mod usage;
