//! Every generated `Client` method carries its operation's English summary (and description)
//! from the spec as its doc comment, so `cargo doc -p osm-client` documents all operations.

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
        // the body of the Client method (its signature may be wrapped)
        let signature = format!("builder::{pascal}::new(self)");
        let Some(at) = code.find(&signature) else {
            problems.push(format!("{}: no Client method", op.operation_id));
            continue;
        };
        // the doc comment directly above the method starts with the summary
        let doc_start = code[..at].rfind("/**").unwrap_or(0);
        let doc = &code[doc_start..at];
        if !doc.starts_with(&format!("/**{summary}")) {
            problems.push(format!(
                "{}: doc does not start with `{summary}`",
                op.operation_id
            ));
        }
        if let Some(description) = operation["description"].as_str() {
            let first_words: String = description
                .split_whitespace()
                .take(6)
                .collect::<Vec<_>>()
                .join(" ");
            if !doc
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .contains(&first_words)
            {
                problems.push(format!("{}: doc lacks the description", op.operation_id));
            }
        }
    }
    assert_eq!(generated.operations.len(), 82);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
