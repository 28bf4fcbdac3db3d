//! Every generated `Client` method carries its operation's English summary (and description)
//! from the spec as its doc comment, and a usage example that doc tests compile, so
//! `cargo doc -p osm-client` documents all operations.

#![allow(clippy::unwrap_used)]

const SPEC: &str = include_str!("../../spec/osm.yaml");

#[test]
fn every_client_method_is_documented_with_the_spec_summary() {
    let spec: serde_json::Value = serde_yaml_ng::from_str(SPEC).unwrap();
    let generated = osm_gen::generate_with(SPEC, &osm_gen::Options::default()).unwrap();
    let code = &generated.code;
    let mut problems = Vec::new();
    for op in &generated.operations {
        let operation = &spec["paths"][&op.path][op.method.to_lowercase()];
        let summary = operation["summary"].as_str().unwrap().trim();
        let pascal: String = op
            .operation_id
            .split('_')
            .map(|w| w[..1].to_uppercase() + &w[1..])
            .collect();
        // the Client method, and the `///` doc comment directly above it
        let signature = format!("    pub fn {}(\n", op.operation_id);
        let one_line = format!(
            "    pub fn {}(&self) -> crate::operations::{pascal} {{",
            op.operation_id
        );
        let Some(at) = code
            .find(&one_line)
            .or_else(|| code.find(&signature))
            .filter(|at| {
                code[*at..].contains(&format!("crate::operations::{pascal}::new(self.clone())"))
            })
        else {
            problems.push(format!("{}: no Client method", op.operation_id));
            continue;
        };
        let doc: Vec<&str> = code[..at]
            .lines()
            .rev()
            .skip(1)
            .take_while(|l| l.trim_start().starts_with("///"))
            .map(|l| l.trim_start().trim_start_matches("///").trim())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if doc.first() != Some(&summary) {
            problems.push(format!(
                "{}: doc does not start with `{summary}`",
                op.operation_id
            ));
        }
        // a usage example that is compiled (`no_run`, not `ignore`)
        if !doc.contains(&"```no_run")
            || !doc
                .iter()
                .any(|l| l.contains(&format!(".{}()", op.operation_id)))
        {
            problems.push(format!("{}: no compiled usage example", op.operation_id));
        }
        let doc = doc.join(" ");
        if let Some(description) = operation["description"].as_str() {
            let first_words: String = description
                .split_whitespace()
                .take(6)
                .collect::<Vec<_>>()
                .join(" ");
            if !doc.contains(&first_words) {
                problems.push(format!("{}: doc lacks the description", op.operation_id));
            }
        }
    }
    assert_eq!(generated.operations.len(), 82);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
