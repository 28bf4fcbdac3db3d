//! The `osm` command line's operation commands (osm-cli's `generated/commands.rs`): one clap
//! command per operation, each calling the operation's typed builder in osm-client.
//!
//! What the file holds:
//! - `Tag` and `Op`: every tag and every operation of the spec as enums, so osm-cli's
//!   handwritten name map (an exhaustive `match`) stops compiling when the spec gains one;
//! - per operation: its clap arguments (path parameters positional, every other parameter
//!   and every body field a flag; fields of a nested object flattened; lists repeated; value
//!   sets as value lists; anything else as JSON text), the filled skeleton that
//!   `--json-body-template` prints, and the function that sets the builder from the parsed
//!   arguments and sends it;
//! - the value-set tables the enum flags show and accept, and per operation the fields of its
//!   answer that hold one (tables print the values' names).
//!
//! The generated code calls `crate::support` (handwritten in osm-cli) for reading
//! `--json-body`, parsing values and turning answers into output.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToKebabCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::api::{Api, Body, EnumValues, Location, Operation, Response};
use crate::error::Error;
use crate::names;
use crate::typed::{Shape, Structs};

use super::inputs::Input;
use super::operations::inputs as operation_inputs;

/// Flags osm-cli defines itself (its global options and `--help`); a generated flag that
/// would take one of these names gets a `-param` suffix instead.
pub(crate) const RESERVED_FLAGS: [&str; 18] = [
    "output",
    "query",
    "profile",
    "endpoint",
    "region",
    "debug",
    "dry-run",
    "help",
    "site",
    "language",
    "time-zone",
    "connect-timeout",
    "attempt-timeout",
    "operation-timeout",
    "max-attempts",
    "no-progress",
    "json-body",
    "json-body-template",
];

/// Flags osm-cli adds to list commands (`--limit`, `--page`) and downloads (`--out-file`).
const LIST_FLAGS: [&str; 2] = ["limit", "page"];
const DOWNLOAD_FLAGS: [&str; 1] = ["out-file"];

/// How one argument reaches the builder.
#[derive(Clone, Debug)]
enum Kind {
    /// One value of a simple shape.
    One(Shape),
    /// A repeated flag collecting a list of simple values.
    Many(Shape),
    /// JSON text deserialized into this type.
    Json(TokenStream),
    /// A local file (multipart file parts).
    Path,
}

/// One clap argument.
#[derive(Clone, Debug)]
struct CliArg {
    /// clap's id: the setter name, or `parent.field` for a flattened field.
    id: String,
    /// The flag (without `--`); `None` for a positional argument.
    long: Option<String>,
    value_name: String,
    help: String,
    kind: Kind,
}

/// A field of a nested object, flattened into flags.
#[derive(Clone, Debug)]
struct Nested {
    /// The builder setter (the top-level body field).
    setter: String,
    /// The nested model's type name.
    model: String,
    /// (struct field name, optional, argument).
    fields: Vec<(String, bool, CliArg)>,
}

fn simple(shape: &Shape) -> bool {
    matches!(shape, Shape::String | Shape::Scalar(_) | Shape::Enum(..))
}

/// The last path segment of a type's tokens (`crate :: types :: CaseStatus` → `CaseStatus`).
fn type_name(tokens: &TokenStream) -> String {
    let text = tokens.to_string().replace(' ', "");
    text.rsplit("::").next().unwrap_or_default().to_owned()
}

/// The Rust type of `shape` as osm-cli names it (`types::X` for models and value sets).
fn rust_type(shape: &Shape) -> TokenStream {
    match shape {
        Shape::String => quote!(String),
        Shape::Scalar(t) => t.clone(),
        Shape::Json => quote!(::serde_json::Value),
        Shape::Enum(t, _) | Shape::Model(t) => {
            let name = format_ident!("{}", type_name(t));
            quote!(types::#name)
        }
        Shape::List(inner) => {
            let inner = rust_type(inner);
            quote!(Vec<#inner>)
        }
        Shape::Map(inner, _) => {
            let inner = rust_type(inner);
            quote!(::std::collections::BTreeMap<String, #inner>)
        }
    }
}

fn first_sentence_trimmed(text: Option<&str>) -> String {
    text.unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The flag name of a setter, avoiding osm-cli's own flags.
fn flag_name(rust: &str, taken: &BTreeSet<String>) -> String {
    let mut name = rust.trim_end_matches('_').to_kebab_case();
    if RESERVED_FLAGS.contains(&name.as_str()) || taken.contains(&name) {
        name.push_str("-param");
    }
    name
}

fn kind_of(shape: &Shape) -> Kind {
    match shape {
        s if simple(s) => Kind::One(s.clone()),
        Shape::List(inner) if simple(inner) => Kind::Many(inner.as_ref().clone()),
        other => Kind::Json(rust_type(other)),
    }
}

fn help_text(description: Option<&str>, required: bool, kind: &Kind) -> String {
    let mut help = first_sentence_trimmed(description)
        .trim_end_matches('.')
        .to_owned();
    if help.is_empty() {
        help = "(no description in the spec)".to_owned();
    }
    match kind {
        Kind::Many(_) => help.push_str(" (repeat the flag for several)"),
        Kind::Json(_) => help.push_str(" (JSON)"),
        Kind::One(_) | Kind::Path => {}
    }
    if required {
        help.push_str(" [required]");
    }
    help
}

/// Everything the template needs about one operation's command.
struct Plan {
    args: Vec<CliArg>,
    /// Top-level inputs set directly: (setter, arg index).
    direct: Vec<(String, usize)>,
    nested: Vec<Nested>,
    /// Setter → flag text for error messages (`--business-type-id`, `CASE_ID`).
    flags: Vec<(String, String)>,
    /// The page-size setter the CLI's `--limit` replaces.
    page_size: Option<String>,
}

fn plan(op: &Operation, api: &Api, structs: &Structs, inputs: &[Input]) -> Plan {
    let page_size = op.pagination.as_ref().map(|p| p.size.clone());
    let mut taken = BTreeSet::new();
    // top-level names first, so a flattened field that clashes with one is the one prefixed
    for input in inputs {
        taken.insert(input.rust.trim_end_matches('_').to_kebab_case());
    }
    let mut used: BTreeSet<String> = BTreeSet::new();
    if op.pagination.is_some() {
        used.extend(LIST_FLAGS.iter().map(|f| (*f).to_owned()));
    }
    if op.response == Response::Binary {
        used.extend(DOWNLOAD_FLAGS.iter().map(|f| (*f).to_owned()));
    }
    let mut args = Vec::new();
    let mut direct = Vec::new();
    let mut nested = Vec::new();
    let mut flags = Vec::new();
    for input in inputs {
        if Some(&input.rust) == page_size.as_ref() {
            continue;
        }
        let flattenable = match &input.shape {
            Shape::Model(t) => structs
                .get(&type_name(t))
                .filter(|fields| {
                    !fields.is_empty()
                        && fields.iter().all(|f| {
                            simple(&f.shape) || matches!(&f.shape, Shape::List(i) if simple(i))
                        })
                })
                .map(|fields| (type_name(t), fields)),
            _ => None,
        };
        if let Some((model, fields)) = flattenable {
            let props = api.models.get(&model);
            let mut group = Nested {
                setter: input.rust.clone(),
                model: model.clone(),
                fields: Vec::new(),
            };
            for field in fields {
                let plain = field.rust.trim_end_matches('_').to_kebab_case();
                let long = if taken.contains(&plain)
                    || used.contains(&plain)
                    || RESERVED_FLAGS.contains(&plain.as_str())
                {
                    format!(
                        "{}-{plain}",
                        input.rust.trim_end_matches('_').to_kebab_case()
                    )
                } else {
                    plain
                };
                used.insert(long.clone());
                let kind = kind_of(&field.shape);
                let description = props
                    .and_then(|m| m.properties.get(&field.rust))
                    .and_then(|p| p.description.clone());
                group.fields.push((
                    field.rust.clone(),
                    field.optional,
                    CliArg {
                        id: format!("{}.{}", input.rust, field.rust),
                        value_name: long.to_uppercase().replace('-', "_"),
                        help: help_text(description.as_deref(), false, &kind),
                        long: Some(long),
                        kind,
                    },
                ));
            }
            nested.push(group);
            continue;
        }
        let kind = kind_of(&input.shape);
        let positional = input.location == Some(Location::Path);
        let long = (!positional).then(|| flag_name(&input.rust, &used));
        if let Some(l) = &long {
            used.insert(l.clone());
        }
        let value_name = input.wire.to_uppercase().replace('-', "_");
        flags.push((
            input.rust.clone(),
            match &long {
                Some(l) => format!("--{l}"),
                None => value_name.clone(),
            },
        ));
        direct.push((input.rust.clone(), args.len()));
        args.push(CliArg {
            id: input.rust.clone(),
            help: help_text(
                input.description.as_deref(),
                input.required && !positional,
                &kind,
            ),
            long,
            value_name,
            kind,
        });
    }
    if let Some(Body::Multipart { parts }) = &op.body {
        for p in parts {
            let long = flag_name(&p.rust, &used);
            used.insert(long.clone());
            flags.push((p.rust.clone(), format!("--{long}")));
            let (value_name, kind) = if p.binary {
                ("PATH".to_owned(), Kind::Path)
            } else {
                (
                    p.wire.to_uppercase().replace('-', "_"),
                    Kind::One(Shape::String),
                )
            };
            args.push(CliArg {
                id: p.rust.clone(),
                help: help_text(p.description.as_deref(), p.required, &kind),
                long: Some(long),
                value_name,
                kind,
            });
        }
    }
    Plan {
        args,
        direct,
        nested,
        flags,
        page_size,
    }
}

/// The `Vec<Arg>` expression of a plan.
fn arg_tokens(arg: &CliArg, required_positional: TokenStream) -> TokenStream {
    let id = &arg.id;
    let help = &arg.help;
    let value_name = &arg.value_name;
    let mut arg_expr = quote!(Arg::new(#id).help(#help).value_name(#value_name));
    if let Some(long) = &arg.long {
        arg_expr = quote!(#arg_expr.long(#long));
    } else {
        arg_expr = quote!(#arg_expr #required_positional);
    }
    let parser = |shape: &Shape| -> TokenStream {
        match shape {
            Shape::String => quote!(::clap::value_parser!(String)),
            Shape::Scalar(t) => quote!(::clap::value_parser!(#t)),
            Shape::Enum(t, _) => {
                let name = type_name(t);
                let table = format_ident!("{}", enum_table_name(&name));
                let ty = format_ident!("{name}");
                quote!(support::enum_parser::<types::#ty>(#table))
            }
            _ => quote!(::clap::value_parser!(String)),
        }
    };
    match &arg.kind {
        Kind::One(shape) => {
            let p = parser(shape);
            quote!(#arg_expr.value_parser(#p))
        }
        Kind::Many(shape) => {
            let p = parser(shape);
            quote!(#arg_expr.value_parser(#p).action(ArgAction::Append))
        }
        Kind::Json(ty) => quote!(#arg_expr.value_parser(support::json_parser::<#ty>())),
        Kind::Path => quote!(#arg_expr.value_parser(::clap::value_parser!(::std::path::PathBuf))),
    }
}

fn enum_table_name(name: &str) -> String {
    format!("{}_VALUES", names::snake(name).to_uppercase())
}

/// `b = b.setter(value)` for a top-level input read from argument `arg`.
fn set_direct(setter: &str, arg: &CliArg) -> TokenStream {
    let setter_id = format_ident!("{setter}");
    let id = &arg.id;
    match &arg.kind {
        Kind::One(Shape::Scalar(t)) => quote! {
            if let Some(v) = m.get_one::<#t>(#id) { b = b.#setter_id(*v); }
        },
        Kind::One(shape) => {
            let ty = rust_type(shape);
            quote! {
                if let Some(v) = m.get_one::<#ty>(#id) { b = b.#setter_id(v.clone()); }
            }
        }
        Kind::Many(shape) => {
            let ty = rust_type(shape);
            quote! {
                if let Some(v) = m.get_many::<#ty>(#id) { b = b.#setter_id(v.cloned()); }
            }
        }
        Kind::Json(ty) => quote! {
            if let Some(v) = m.get_one::<#ty>(#id) { b = b.#setter_id(v.clone()); }
        },
        Kind::Path => quote!(),
    }
}

/// Sets a nested object from its flattened flags, starting from `--json-body`'s value.
fn set_nested(group: &Nested, has_body: bool) -> TokenStream {
    let setter = format_ident!("{}", group.setter);
    let model = format_ident!("{}", group.model);
    let start = if has_body {
        quote!(body.as_ref().and_then(|b| b.#setter.clone()).unwrap_or_default())
    } else {
        quote!(types::#model::default())
    };
    let sets = group.fields.iter().map(|(field, optional, arg)| {
        let field_id = format_ident!("{field}");
        let id = &arg.id;
        let wrap = |v: TokenStream| if *optional { quote!(Some(#v)) } else { v };
        match &arg.kind {
            Kind::One(Shape::Scalar(t)) => {
                let v = wrap(quote!(*v));
                quote!(if let Some(v) = m.get_one::<#t>(#id) { value.#field_id = #v; set = true; })
            }
            Kind::One(shape) => {
                let ty = rust_type(shape);
                let v = wrap(quote!(v.clone()));
                quote!(if let Some(v) = m.get_one::<#ty>(#id) { value.#field_id = #v; set = true; })
            }
            Kind::Many(shape) => {
                let ty = rust_type(shape);
                let v = wrap(quote!(v.cloned().collect()));
                quote!(if let Some(v) = m.get_many::<#ty>(#id) { value.#field_id = #v; set = true; })
            }
            Kind::Json(ty) => {
                let v = wrap(quote!(v.clone()));
                quote!(if let Some(v) = m.get_one::<#ty>(#id) { value.#field_id = #v; set = true; })
            }
            Kind::Path => quote!(),
        }
    });
    quote! {
        {
            let mut value: types::#model = #start;
            let mut set = false;
            #(#sets)*
            if set { b = b.#setter(value); }
        }
    }
}

/// The filled skeleton of a body model, as `--json-body-template` prints it.
fn skeleton(api: &Api, structs: &Structs, model: &str, depth: u8) -> serde_json::Value {
    let mut out = serde_json::Map::new();
    let Some(fields) = structs.get(model) else {
        return serde_json::Value::Object(out);
    };
    let props = api.models.get(model);
    for field in fields {
        let wire = props
            .and_then(|m| m.properties.get(&field.rust))
            .map_or_else(|| field.rust.clone(), |p| p.wire.clone());
        out.insert(wire, skeleton_value(api, structs, &field.shape, depth));
    }
    serde_json::Value::Object(out)
}

fn skeleton_value(api: &Api, structs: &Structs, shape: &Shape, depth: u8) -> serde_json::Value {
    use serde_json::Value as J;
    match shape {
        Shape::String => J::String(String::new()),
        Shape::Scalar(t) => match t.to_string().as_str() {
            "bool" => J::Bool(false),
            "f64" | "f32" => serde_json::json!(0.0),
            _ => serde_json::json!(0),
        },
        Shape::Json | Shape::Map(..) => J::Object(serde_json::Map::new()),
        Shape::Enum(t, _) => match api.enum_def(&type_name(t)).map(|e| &e.values) {
            Some(EnumValues::Integer(v)) => v.first().map_or(J::Null, |n| serde_json::json!(n)),
            Some(EnumValues::String(v)) => v.first().map_or(J::Null, |s| J::String(s.clone())),
            None => J::Null,
        },
        Shape::Model(t) if depth < 4 => skeleton(api, structs, &type_name(t), depth + 1),
        Shape::Model(_) => J::Object(serde_json::Map::new()),
        Shape::List(inner) => J::Array(vec![skeleton_value(api, structs, inner, depth)]),
    }
}

/// The fields of the answer model `model`, at any depth, that hold one value set: wire name →
/// enum name. A name that also holds another value set, or a plain value, somewhere in the
/// same answer is left out (a table could not tell which it is).
fn answer_value_sets(api: &Api, structs: &Structs, model: &str) -> BTreeMap<String, String> {
    fn walk(
        api: &Api,
        structs: &Structs,
        model: &str,
        found: &mut BTreeMap<String, Option<String>>,
        seen: &mut BTreeSet<String>,
    ) {
        if !seen.insert(model.to_owned()) {
            return;
        }
        let Some(fields) = structs.get(model) else {
            return;
        };
        let props = api.models.get(model);
        for field in fields {
            let wire = props
                .and_then(|m| m.properties.get(&field.rust))
                .map_or_else(|| field.rust.clone(), |p| p.wire.clone());
            let mut shape = &field.shape;
            while let Shape::List(inner) | Shape::Map(inner, _) = shape {
                shape = inner;
            }
            let holds = match shape {
                Shape::Enum(t, _) => Some(type_name(t)),
                Shape::String | Shape::Scalar(_) | Shape::Json => None,
                Shape::Model(t) => {
                    walk(api, structs, &type_name(t), found, seen);
                    continue;
                }
                Shape::List(_) | Shape::Map(..) => continue,
            };
            found
                .entry(wire)
                .and_modify(|e| {
                    if *e != holds {
                        *e = None;
                    }
                })
                .or_insert(holds);
        }
    }
    let mut found = BTreeMap::new();
    walk(api, structs, model, &mut found, &mut BTreeSet::new());
    found
        .into_iter()
        .filter_map(|(wire, name)| Some((wire, name?)))
        .collect()
}

fn run_function(op: &Operation, plan: &Plan) -> TokenStream {
    let name = format_ident!("run_{}", op.id);
    let method = format_ident!("{}", op.id);
    let body_model = match &op.body {
        Some(Body::Json { model }) => Some(format_ident!("{model}")),
        _ => None,
    };
    let read_body = body_model.as_ref().map(|model| {
        quote! {
            let body: Option<types::#model> = cx.json_body(m)?;
            if let Some(body) = &body { b = b.body(body.clone()); }
        }
    });
    let direct = plan
        .direct
        .iter()
        .map(|(setter, i)| set_direct(setter, &plan.args[*i]));
    let nested = plan
        .nested
        .iter()
        .map(|g| set_nested(g, body_model.is_some()));
    let multipart_files = match &op.body {
        Some(Body::Multipart { parts }) => {
            let sets = parts.iter().map(|p| {
                let setter = format_ident!("{}", p.rust);
                let id = &p.rust;
                if p.binary {
                    quote! {
                        if let Some(path) = m.get_one::<::std::path::PathBuf>(#id) {
                            b = b.#setter(cx.attachment(path).await?);
                        }
                    }
                } else {
                    quote! {
                        if let Some(v) = m.get_one::<String>(#id) { b = b.#setter(v.clone()); }
                    }
                }
            });
            quote!(#(#sets)*)
        }
        _ => quote!(),
    };
    let finish = match (&op.response, &plan.page_size) {
        (Response::Binary, _) => quote!(Ok(Output::Download(b.send().await?))),
        (Response::Json(_), Some(size)) => {
            let size = format_ident!("{size}");
            quote! {
                if cx.whole_page() {
                    if let Some(n) = cx.limit() { b = b.#size(n); }
                    return support::answer(b.send().await?);
                }
                if let Some(n) = cx.page_size() { b = b.#size(n); }
                support::items(b.into_stream(), cx.limit()).await
            }
        }
        (Response::Json(_), None) => quote!(support::answer(b.send().await?)),
    };
    let multipart = matches!(op.body, Some(Body::Multipart { .. }));
    let mutable = !plan.direct.is_empty()
        || multipart
        || !plan.nested.is_empty()
        || body_model.is_some()
        || plan.page_size.is_some();
    let binding = if mutable { quote!(mut b) } else { quote!(b) };
    let uses_cx = body_model.is_some() || plan.page_size.is_some() || multipart;
    let uses_m = !plan.args.is_empty() || uses_cx;
    let unused = match (uses_m, uses_cx) {
        (false, false) => quote!(let _ = (m, cx);),
        (true, false) => quote!(let _ = cx;),
        _ => quote!(),
    };
    quote! {
        async fn #name(client: &Client, m: &ArgMatches, cx: &Cx) -> Result<Output, CliError> {
            #unused
            let #binding = client.#method();
            #read_body
            #(#direct)*
            #(#nested)*
            #multipart_files
            #finish
        }
    }
}

/// The `commands.rs` tokens.
pub(crate) fn file(api: &Api, structs: &Structs) -> Result<TokenStream, Error> {
    let mut tags: Vec<(String, String)> = Vec::new();
    for op in &api.operations {
        if !tags.iter().any(|(t, _)| *t == op.tag) {
            tags.push((op.tag.clone(), names::pascal(&op.tag)));
        }
    }
    let tag_variants: Vec<_> = tags.iter().map(|(_, v)| format_ident!("{v}")).collect();

    let mut variants = Vec::new();
    let mut ids = Vec::new();
    let mut op_tags = Vec::new();
    let mut summaries = Vec::new();
    let mut abouts = Vec::new();
    let mut arg_fns = Vec::new();
    let mut arg_calls = Vec::new();
    let mut run_fns = Vec::new();
    let mut run_calls = Vec::new();
    let mut templates = Vec::new();
    let mut flags_arms = Vec::new();
    let mut kinds = Vec::new();
    let mut answer_sets = Vec::new();
    let mut used_enums = BTreeSet::new();

    for op in &api.operations {
        let variant = format_ident!("{}", names::pascal(&op.id));
        let inputs = operation_inputs(op, api, structs)?;
        let plan = plan(op, api, structs, &inputs);
        for arg in plan.args.iter().chain(
            plan.nested
                .iter()
                .flat_map(|g| g.fields.iter().map(|f| &f.2)),
        ) {
            if let Kind::One(Shape::Enum(t, _)) | Kind::Many(Shape::Enum(t, _)) = &arg.kind {
                used_enums.insert(type_name(t));
            }
        }
        let has_body = matches!(op.body, Some(Body::Json { .. }));
        let required_positional = if has_body {
            quote!(.required_unless_present("json_body_template"))
        } else {
            quote!(.required(true))
        };
        let args = plan
            .args
            .iter()
            .chain(
                plan.nested
                    .iter()
                    .flat_map(|g| g.fields.iter().map(|f| &f.2)),
            )
            .map(|a| arg_tokens(a, required_positional.clone()));
        let args_fn = format_ident!("args_{}", op.id);
        arg_fns.push(quote! {
            fn #args_fn() -> Vec<Arg> { vec![#(#args),*] }
        });
        arg_calls.push(quote!(Op::#variant => #args_fn()));
        run_fns.push(run_function(op, &plan));
        let run_fn = format_ident!("run_{}", op.id);
        run_calls.push(quote!(Op::#variant => #run_fn(client, m, cx).await));

        let template = match &op.body {
            Some(Body::Json { model }) => {
                let text = serde_json::to_string_pretty(&skeleton(api, structs, model, 0))
                    .map_err(|e| Error::Internal(format!("body template of {}: {e}", op.id)))?;
                quote!(Some(#text))
            }
            _ => quote!(None),
        };
        templates.push(quote!(Op::#variant => #template));
        let flag_arms = plan.flags.iter().map(|(s, f)| quote!(#s => #f));
        flags_arms.push(quote!(Op::#variant => match setter { #(#flag_arms,)* _ => return None, }));

        let kind = match (&op.response, &op.body, op.pagination.is_some()) {
            (Response::Binary, _, _) => quote!(OpKind::Download),
            (_, Some(Body::Multipart { .. }), _) => quote!(OpKind::Upload),
            (_, _, true) => quote!(OpKind::List),
            (_, Some(Body::Json { .. }), _) => quote!(OpKind::WithBody),
            _ => quote!(OpKind::Plain),
        };
        kinds.push(quote!(Op::#variant => #kind));

        let sets = match &op.response {
            Response::Json(model) => answer_value_sets(api, structs, model),
            Response::Binary => BTreeMap::new(),
        };
        let pairs = sets.iter().map(|(wire, name)| {
            let table = format_ident!("{}", enum_table_name(name));
            quote!((#wire, #table))
        });
        answer_sets.push(quote!(Op::#variant => &[#(#pairs),*]));
        used_enums.extend(sets.into_values());

        variants.push(variant.clone());
        let id = &op.id;
        ids.push(quote!(Op::#variant => #id));
        let tag = format_ident!("{}", names::pascal(&op.tag));
        op_tags.push(quote!(Op::#variant => Tag::#tag));
        let summary = &op.summary;
        summaries.push(quote!(Op::#variant => #summary));
        let mut about = op.summary.clone();
        if let Some(d) = &op.description {
            about.push_str(".\n\n");
            about.push_str(&first_sentence_trimmed(Some(d)));
        }
        about.push_str(&format!(
            "\n\nOperation `{}`: {} {}{}.",
            op.id,
            op.method.to_uppercase(),
            op.path,
            if op.pagination.is_some() {
                "; every page is read unless --limit or --page"
            } else {
                ""
            }
        ));
        abouts.push(quote!(Op::#variant => #about));
    }

    let enum_tables = used_enums.iter().filter_map(|name| {
        let def = api.enum_def(name)?;
        let table = format_ident!("{}", enum_table_name(name));
        let rows = def.variants.iter().enumerate().map(|(i, variant)| {
            let kebab = variant.to_kebab_case();
            let wire = match &def.values {
                EnumValues::Integer(v) => v.get(i).map(ToString::to_string).unwrap_or_default(),
                EnumValues::String(v) => v.get(i).cloned().unwrap_or_default(),
            };
            let help = def.docs.get(i).cloned().unwrap_or_default();
            quote!(EnumValue { name: #kebab, wire: #wire, help: #help })
        });
        let doc = format!("The values of `{name}`.");
        Some(quote! {
            #[doc = #doc]
            pub(crate) const #table: &[EnumValue] = &[#(#rows),*];
        })
    });

    let mut tag_name_arms = Vec::new();
    for ((t, _), v) in tags.iter().zip(&tag_variants) {
        tag_name_arms.push(quote!(Tag::#v => #t));
    }

    Ok(quote! {
        use clap::{Arg, ArgAction, ArgMatches};
        use osm_client::{types, Client};

        use crate::support::{self, CliError, Cx, EnumValue, OpKind, Output};

        /// Every tag of the spec (an operation's group), in spec order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub(crate) enum Tag { #(#tag_variants,)* }

        impl Tag {
            /// Every tag, in spec order.
            pub(crate) const ALL: &'static [Tag] = &[#(Tag::#tag_variants),*];

            /// The tag as the spec names it.
            pub(crate) fn name(self) -> &'static str {
                match self { #(#tag_name_arms,)* }
            }
        }

        /// Every operation of the spec, in spec order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub(crate) enum Op { #(#variants,)* }

        impl Op {
            /// Every operation, in spec order.
            pub(crate) const ALL: &'static [Op] = &[#(Op::#variants),*];

            /// The spec's operationId (the `Client` method).
            pub(crate) fn id(self) -> &'static str {
                match self { #(#ids,)* }
            }

            /// The operation's first tag.
            pub(crate) fn tag(self) -> Tag {
                match self { #(#op_tags,)* }
            }

            /// The spec's one-line summary.
            pub(crate) fn summary(self) -> &'static str {
                match self { #(#summaries,)* }
            }

            /// The command's long help: summary, description, operation and path.
            pub(crate) fn about(self) -> &'static str {
                match self { #(#abouts,)* }
            }

            /// What kind of command the operation makes.
            pub(crate) fn kind(self) -> OpKind {
                match self { #(#kinds,)* }
            }

            /// The fields of the operation's answer that hold a value set (by wire name, at
            /// any depth), with its values: tables show the values' names.
            pub(crate) fn answer_values(self) -> &'static [(&'static str, &'static [EnumValue])] {
                match self { #(#answer_sets,)* }
            }

            /// The operation's arguments (its name and group come from osm-cli's name map).
            pub(crate) fn args(self) -> Vec<Arg> {
                match self { #(#arg_calls,)* }
            }

            /// The filled skeleton `--json-body-template` prints (operations with a JSON body).
            pub(crate) fn body_template(self) -> Option<&'static str> {
                match self { #(#templates,)* }
            }

            /// The flag (or positional argument) that sets the builder input `setter`.
            pub(crate) fn flag(self, setter: &str) -> Option<&'static str> {
                Some(match self { #(#flags_arms,)* })
            }

            /// Sets the operation's builder from the parsed arguments and sends it.
            pub(crate) async fn run(self, client: &Client, m: &ArgMatches, cx: &Cx) -> Result<Output, CliError> {
                match self { #(#run_calls,)* }
            }
        }

        #(#enum_tables)*
        #(#arg_fns)*
        #(#run_fns)*
    })
}
