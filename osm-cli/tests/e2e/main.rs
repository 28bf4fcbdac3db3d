//! `osm` end to end against the sandbox, run as a process (`osm sandbox` on a free port):
//! a ticket's whole life, output formats and queries, dry runs, profiles, completions and
//! usage errors.
#![allow(clippy::unwrap_used)]

mod common;
mod life;
mod output;
mod profiles;
mod usage;
