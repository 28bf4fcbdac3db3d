//! osm-gen: turns the OSM OpenAPI spec (`spec/osm.yaml`) into the Rust source of osm-client.
//!
//! Pipeline: load (YAML or JSON) → [`check`] (every problem, with JSON pointer and fix; the
//! vendor extensions and value sets included) → read the API (operations, value sets,
//! models) → adapt a copy for progenitor (no responses, no client-configuration headers, no
//! multipart operations, date-times as text) → progenitor (positional interface, value sets
//! replaced by osm-gen's open enums, panics caught): the crate-private request layer and
//! typify's models → osm-gen's templates: open enums, one fluent builder per operation with
//! its `Client` method and page stream, response accessors → `prettyplease`. progenitor's
//! output is placed in a module as it is, never rewritten. The output is deterministic: same
//! spec, same bytes.
//!
//! ```no_run
//! let spec = std::fs::read_to_string("spec/osm.yaml")?;
//! let code = osm_gen::generate(&spec)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod adapt;
mod api;
mod check;
mod emit;
mod error;
mod load;
mod names;
mod progenitor_run;
mod typed;

pub use error::{Error, Finding, FindingKind};

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

/// Options for [`generate_with`].
#[derive(Clone, Debug)]
pub struct Options {
    /// How the header comment names the spec (default `spec/osm.yaml`).
    pub spec_name: String,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            spec_name: "spec/osm.yaml".to_owned(),
        }
    }
}

/// One generated operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operation {
    /// The operationId, which is also the `Client` method's name.
    pub operation_id: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template, e.g. `/v2/servicerequest/cases/{case_id}`.
    pub path: String,
    /// The first tag (the operation's group).
    pub tag: String,
    /// The spec's one-line summary.
    pub summary: String,
    /// Built by osm-gen's own multipart template rather than by progenitor.
    pub multipart: bool,
    /// Has a page stream (`x-osm-pagination`).
    pub paginated: bool,
    /// Moves file contents (`x-osm-transfer`).
    pub transfer: bool,
    /// May be retried once sent (`x-osm-idempotent`, or the method's default).
    pub idempotent: bool,
    /// Every builder input (parameters, body fields, form parts), by setter name.
    pub inputs: Vec<String>,
}

/// Everything [`generate_with`] produces.
#[derive(Clone, Debug)]
pub struct Generated {
    /// The formatted Rust source, header comment included.
    pub code: String,
    /// The formatted source of the `osm` command line's operation commands
    /// (`osm-cli/generated/commands.rs`), header comment included.
    pub cli: String,
    /// Every operation, in spec order.
    pub operations: Vec<Operation>,
    /// The value sets generated as open enums.
    pub enums: Vec<String>,
    /// Hex sha256 of the spec text with LF line endings (also in the header comment).
    pub spec_sha256: String,
    /// What osm-gen adapted before handing the spec to progenitor, one line per kind.
    pub adaptations: Vec<String>,
}

/// Generates osm-client's source from the spec text (YAML or JSON).
pub fn generate(spec: &str) -> Result<String, Error> {
    generate_with(spec, &Options::default()).map(|g| g.code)
}

/// Generates the `osm` command line's operation commands (osm-cli's
/// `generated/commands.rs`) from the spec text: one clap command per operation, each calling
/// the operation's builder in osm-client.
pub fn generate_cli(spec: &str) -> Result<String, Error> {
    generate_with(spec, &Options::default()).map(|g| g.cli)
}

/// Checks the spec and returns ALL findings (empty: the spec can be generated).
///
/// Covers what osm-gen can see without running progenitor; [`generate`] may still report a
/// [`Error::Generator`] for a shape progenitor rejects that no check anticipates.
pub fn check(spec: &str) -> Vec<Finding> {
    match load_checked(spec) {
        Ok(_) => Vec::new(),
        Err(findings) => findings,
    }
}

fn load_checked(spec: &str) -> Result<(serde_yaml_ng::Value, api::Api), Vec<Finding>> {
    let doc = load::parse_value(spec).map_err(|f| vec![f])?;
    load::check_version(&doc).map_err(|f| vec![f])?;
    let mut findings = check::check_document(&doc);
    if let Err(f) = load::typed(&doc) {
        findings.insert(0, f);
    }
    if !findings.is_empty() {
        return Err(findings);
    }
    let api = api::read(&doc, &mut findings);
    if findings.is_empty() {
        Ok((doc, api))
    } else {
        Err(findings)
    }
}

/// Generates osm-client's source, with details about what was generated.
pub fn generate_with(spec: &str, options: &Options) -> Result<Generated, Error> {
    let (mut doc, api) = load_checked(spec).map_err(Error::Invalid)?;
    let adaptation = adapt::adapt(&mut doc, &api);
    let typed_doc = load::typed(&doc).map_err(|f| Error::Invalid(vec![f]))?;
    let enum_kinds: BTreeMap<String, bool> = api
        .enums
        .iter()
        .map(|e| {
            (
                e.name.clone(),
                matches!(e.values, api::EnumValues::Integer(_)),
            )
        })
        .collect();
    let (raw, typed) = progenitor_run::generate_tokens(&typed_doc, &enum_kinds)?;
    let generated = emit::file(&api, &typed, raw)?;
    let file: syn::File = syn::parse2(generated.tokens)
        .map_err(|e| Error::Internal(format!("the generated code does not parse: {e}")))?;
    // the hand-formatted accessors must parse too
    syn::parse_file(&generated.accessors)
        .map_err(|e| Error::Internal(format!("the generated accessors do not parse: {e}")))?;

    // hashed with LF line endings, so a CRLF checkout names the same spec
    let spec_sha256 = hex::encode(Sha256::digest(spec.replace("\r\n", "\n").as_bytes()));
    let mut code = header(&options.spec_name, &spec_sha256);
    code.push_str(&prettyplease::unparse(&file));
    code.push_str(&generated.accessors);

    let cli_file: syn::File = syn::parse2(emit::cli::file(&api, &typed.structs)?)
        .map_err(|e| Error::Internal(format!("the generated CLI commands do not parse: {e}")))?;
    let mut cli = header(&options.spec_name, &spec_sha256);
    cli.push_str(&prettyplease::unparse(&cli_file));

    let mut operations = Vec::new();
    for op in &api.operations {
        let mut inputs: Vec<String> = emit::operation_inputs(op, &api, &typed.structs)?
            .into_iter()
            .map(|i| i.rust)
            .collect();
        if let Some(api::Body::Multipart { parts }) = &op.body {
            inputs.extend(parts.iter().map(|p| p.rust.clone()));
        }
        operations.push(Operation {
            operation_id: op.id.clone(),
            method: op.method.to_uppercase(),
            path: op.path.clone(),
            tag: op.tag.clone(),
            summary: op.summary.clone(),
            multipart: matches!(op.body, Some(api::Body::Multipart { .. })),
            paginated: op.pagination.is_some(),
            transfer: op.transfer,
            idempotent: op.idempotent,
            inputs,
        });
    }
    let mut adaptations = Vec::new();
    for id in &adaptation.multipart_operations {
        adaptations.push(format!(
            "{id}: multipart/form-data request built by osm-gen's own template"
        ));
    }
    for (n, what) in [
        (
            adaptation.client_config_headers_dropped,
            "client-configuration header parameters sent by the runtime instead",
        ),
        (
            adaptation.date_times_as_text,
            "date-times kept as text (accessors parse them)",
        ),
        (
            adaptation.length_limits_stripped,
            "length limits (maxLength, maxItems, maxProperties, ...) stripped: the sandbox enforces them",
        ),
        (
            adaptation.dropped_additional_properties_false,
            "`additionalProperties: false` dropped",
        ),
        (
            adaptation.unused_models_dropped,
            "models no generated code uses dropped",
        ),
        (
            adaptation.required_lists_dropped,
            "models with `required` made all-optional (the builders check required fields)",
        ),
    ] {
        if n > 0 {
            adaptations.push(format!("{n} {what}"));
        }
    }
    Ok(Generated {
        code,
        cli,
        operations,
        enums: api.enums.iter().map(|e| e.name.clone()).collect(),
        spec_sha256,
        adaptations,
    })
}

fn header(spec_name: &str, sha256: &str) -> String {
    format!(
        "// @generated from {spec_name} (sha256 {sha256}) by osm-gen.\n\
         // Do not edit: change the spec (or osm-gen) and run `cargo xtask codegen`.\n\n"
    )
}
