//! The compiled usage example in each operation's documentation: the builder with every
//! required input set to a placeholder (or the spec's example), then `.send()`.

use crate::api::{Api, FormPart, Operation, Response};
use crate::typed::{Shape, Structs};

use super::inputs::Input;

/// A Rust expression of `shape`, as a setter argument (`owned` false) or as the exact type
/// (`owned` true, inside a struct literal).
fn value(
    cx: (&Api, &Structs),
    shape: &Shape,
    wire: &str,
    example: Option<&str>,
    owned: bool,
    depth: u8,
) -> String {
    let text = example.map_or_else(|| format!("<{wire}>"), str::to_owned);
    match shape {
        Shape::String if owned => format!("{text:?}.to_owned()"),
        Shape::String => format!("{text:?}"),
        Shape::Json => format!("serde_json::json!({text:?})"),
        Shape::Scalar(t) => match t.to_string().as_str() {
            "bool" => "true".to_owned(),
            "f64" | "f32" => "0.0".to_owned(),
            _ => example
                .and_then(|e| e.parse::<i64>().ok())
                .unwrap_or(1)
                .to_string(),
        },
        Shape::Enum(t, _) => {
            let path = path(&t.to_string());
            let name = path.rsplit("::").next().unwrap_or_default();
            let first =
                cx.0.enum_def(name)
                    .and_then(|e| e.variants.first().cloned())
                    .unwrap_or_default();
            format!("{path}::{first}")
        }
        Shape::Model(t) => {
            let path = path(&t.to_string());
            let name = path.rsplit("::").next().unwrap_or_default();
            match cx.1.get(name) {
                Some(fields) if depth < 4 => {
                    let fields: Vec<String> = fields
                        .iter()
                        .map(|f| {
                            let v = if f.required {
                                value(cx, &f.shape, &f.rust, None, true, depth + 1)
                            } else if f.optional {
                                "None".to_owned()
                            } else {
                                "Default::default()".to_owned()
                            };
                            format!("{}: {v}", f.rust)
                        })
                        .collect();
                    format!("{path} {{ {} }}", fields.join(", "))
                }
                _ => "Default::default()".to_owned(),
            }
        }
        Shape::List(item) => {
            let item = value(cx, item, wire, example, owned, depth + 1);
            if owned {
                format!("vec![{item}]")
            } else {
                format!("[{item}]")
            }
        }
        Shape::Map(item, _) => {
            let item = value(cx, item, "value", None, owned, depth + 1);
            if owned {
                format!("[(\"key\".to_owned(), {item})].into_iter().collect()")
            } else {
                format!("[(\"key\", {item})]")
            }
        }
    }
}

/// `types::X` / `crate::types::X` as a path a doc test can use.
fn path(tokens: &str) -> String {
    let t = tokens.replace(' ', "");
    let t = t
        .trim_start_matches("crate::")
        .trim_start_matches("::")
        .to_owned();
    if t.starts_with("types::") {
        format!("osm_client::{t}")
    } else {
        t
    }
}

fn example_text(param_example: Option<&serde_yaml_ng::Value>) -> Option<String> {
    match param_example? {
        serde_yaml_ng::Value::String(s) => Some(s.clone()),
        serde_yaml_ng::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The doc example of `op`.
pub(crate) fn operation_example(
    op: &Operation,
    api: &Api,
    structs: &Structs,
    inputs: &[Input],
    parts: &[FormPart],
) -> String {
    let mut calls = Vec::new();
    for input in inputs.iter().filter(|i| i.required) {
        let example = op
            .params
            .iter()
            .find(|p| p.rust == input.rust)
            .and_then(|p| example_text(p.example.as_ref()));
        calls.push(format!(
            ".{}({})",
            input.rust,
            value(
                (api, structs),
                &input.shape,
                &input.wire,
                example.as_deref(),
                false,
                0
            )
        ));
    }
    for part in parts.iter().filter(|p| p.required) {
        if part.binary {
            calls.push(format!(
                ".{}(osm_client::Attachment::from_bytes(\"log.txt\", \"hello\"))",
                part.rust
            ));
        } else {
            calls.push(format!(".{}(\"<{}>\")", part.rust, part.wire));
        }
    }
    let chain = |tail: &[&str]| {
        let mut all = vec![format!(".{}()", op.id)];
        all.extend(calls.iter().cloned());
        all.extend(tail.iter().map(|s| (*s).to_owned()));
        let one_line = format!("client{}", all.concat());
        if one_line.len() <= 90 {
            one_line
        } else {
            format!("client\n    {}", all.join("\n    "))
        }
    };
    let mut body = match &op.response {
        Response::Json(_) => format!("let answer = {};\n", chain(&[".send()", ".await?"])),
        Response::Binary => format!(
            "let file = {};\nfile.save(\"download.bin\").await?;\n",
            chain(&[".send()", ".await?"])
        ),
    };
    if op.pagination.is_some() {
        body.push_str(&format!(
            "use futures::TryStreamExt; // every item of every page:\nlet all: Vec<_> = {};\n",
            chain(&[".into_stream()", ".try_collect()", ".await?"])
        ));
    }
    format!(
        "```no_run\n# async fn example(client: osm_client::Client) -> osm_client::Result<()> {{\n\
         {body}# Ok(()) }}\n```"
    )
}
