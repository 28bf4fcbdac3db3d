//! Runs progenitor with osm-client's settings (positional interface: the crate-private request
//! layer osm-gen's fluent builders call), turning its errors and panics into [`Error`]s that
//! name the operation, and reads typify's view of the models back out of the generator.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use openapiv3::{OpenAPI, PathItem, ReferenceOr};
use proc_macro2::TokenStream;
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use quote::quote;

use crate::error::{Error, pointer};
use crate::typed::{self, EnumKinds, Typed};

fn settings(enums: &EnumKinds) -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Positional)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        // the per-call state progenitor's client carries: osm-client's runtime
        .with_inner_type(quote!(crate::runtime::CallState))
        .with_derive("PartialEq")
        // maps serialize in key order: request bodies (and so their signatures) are
        // reproducible, and Debug output is stable
        .with_map_type("::std::collections::BTreeMap");
    // value sets are osm-gen's open enums, not typify's closed ones
    for name in enums.keys() {
        settings.with_replacement(
            name,
            format!("crate::types::{name}"),
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    settings
}

thread_local! {
    static SILENCED: Cell<bool> = const { Cell::new(false) };
}

/// Installs (once) a panic hook that stays quiet on threads running progenitor and defers to
/// the previous hook everywhere else, so concurrent tests keep their panic messages.
fn install_quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !SILENCED.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// The outcome of one progenitor run.
enum Outcome {
    Ok(TokenStream, Typed),
    Failed(String),
    Panicked(String),
    Internal(Error),
}

fn run_once(spec: &OpenAPI, enums: &EnumKinds) -> Outcome {
    install_quiet_hook();
    SILENCED.with(|s| s.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut generator = Generator::new(&settings(enums));
        generator.generate_tokens(spec).map(|tokens| {
            let structs = typed::read(generator.get_type_space(), enums);
            (tokens, structs)
        })
    }));
    SILENCED.with(|s| s.set(false));
    match result {
        Ok(Ok((tokens, Ok(structs)))) => Outcome::Ok(tokens, structs),
        Ok(Ok((_, Err(e)))) => Outcome::Internal(e),
        Ok(Err(e)) => Outcome::Failed(e.to_string()),
        Err(payload) => Outcome::Panicked(
            payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(no message)".to_owned()),
        ),
    }
}

/// Generates the request layer's token stream and typify's view of the models; on failure,
/// narrows it down to the first operation progenitor fails on by generating each alone.
pub(crate) fn generate_tokens(
    spec: &OpenAPI,
    enums: &EnumKinds,
) -> Result<(TokenStream, Typed), Error> {
    let (message, panicked) = match run_once(spec, enums) {
        Outcome::Ok(tokens, structs) => return Ok((tokens, structs)),
        Outcome::Internal(e) => return Err(e),
        Outcome::Failed(m) => (m, false),
        Outcome::Panicked(m) => (m, true),
    };
    for (path, method, operation_id) in operation_list(spec) {
        let single = only_operation(spec, &path, &method);
        let (message, panicked) = match run_once(&single, enums) {
            Outcome::Ok(..) | Outcome::Internal(_) => continue,
            Outcome::Failed(m) => (m, false),
            Outcome::Panicked(m) => (m, true),
        };
        return Err(Error::Generator {
            operation: operation_id,
            pointer: pointer(["paths", path.as_str(), method.as_str()]),
            message,
            panicked,
        });
    }
    Err(Error::Generator {
        operation: "*".to_owned(),
        pointer: String::new(),
        message,
        panicked,
    })
}

fn operation_list(spec: &OpenAPI) -> Vec<(String, String, String)> {
    spec.paths
        .paths
        .iter()
        .filter_map(|(path, item)| item.as_item().map(|item| (path, item)))
        .flat_map(|(path, item)| {
            item.iter().map(move |(method, op)| {
                (
                    path.clone(),
                    method.to_owned(),
                    op.operation_id.clone().unwrap_or_else(|| "?".to_owned()),
                )
            })
        })
        .collect()
}

/// A copy of the spec with one operation (components kept, so `$ref`s still resolve).
fn only_operation(spec: &OpenAPI, path: &str, method: &str) -> OpenAPI {
    let mut single = spec.clone();
    single.paths.paths.retain(|p, _| p == path);
    if let Some(ReferenceOr::Item(item)) = single.paths.paths.get_mut(path) {
        let keep = |m: &str| m == method;
        let PathItem {
            get,
            put,
            post,
            delete,
            options,
            head,
            patch,
            trace,
            ..
        } = item;
        for (name, slot) in [
            ("get", get),
            ("put", put),
            ("post", post),
            ("delete", delete),
            ("options", options),
            ("head", head),
            ("patch", patch),
            ("trace", trace),
        ] {
            if !keep(name) {
                *slot = None;
            }
        }
    }
    single
}
