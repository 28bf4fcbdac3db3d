//! Good specs generate, deterministically, with every operation and the expected shapes.

#![allow(clippy::unwrap_used)]

const GOOD: &str = include_str!("specs/good.yaml");

#[test]
fn good_spec_generates_every_operation() {
    let generated = osm_gen::generate_with(GOOD, &osm_gen::Options::default()).unwrap();
    let ids: Vec<&str> = generated
        .operations
        .iter()
        .map(|op| op.operation_id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "list_cases",
            "create_cases",
            "show_case_detail",
            "download_accessories",
            "upload_accessory"
        ]
    );
    for id in &ids {
        assert!(
            generated.code.contains(&format!("pub fn {id}(&self)")),
            "no Client method for {id}"
        );
    }
    let upload = generated.operations.iter().find(|o| o.multipart).unwrap();
    assert_eq!(upload.operation_id, "upload_accessory");
    assert_eq!(
        (upload.method.as_str(), upload.path.as_str()),
        ("POST", "/v2/servicerequest/accessorys")
    );
    assert_eq!(generated.spec_sha256.len(), 64);
}

#[test]
fn output_starts_with_the_do_not_edit_header_and_sha256() {
    let code = osm_gen::generate(GOOD).unwrap();
    let first = code.lines().next().unwrap();
    assert!(
        first.starts_with("// @generated from spec/osm.yaml (sha256 "),
        "{first}"
    );
    let sha = osm_gen::generate_with(GOOD, &osm_gen::Options::default())
        .unwrap()
        .spec_sha256;
    assert!(first.contains(&sha));
    assert!(code.lines().nth(1).unwrap().contains("Do not edit"));
}

#[test]
fn generation_is_deterministic() {
    let a = osm_gen::generate(GOOD).unwrap();
    let b = osm_gen::generate(GOOD).unwrap();
    assert!(a == b, "two runs on the same spec differ");
}

#[test]
fn json_spec_generates_too() {
    let value: serde_json::Value = serde_yaml_ng::from_str(GOOD).unwrap();
    let json = serde_json::to_string_pretty(&value).unwrap();
    let generated = osm_gen::generate_with(&json, &osm_gen::Options::default()).unwrap();
    assert_eq!(generated.operations.len(), 5);
    assert!(generated.code.contains("pub fn upload_accessory(&self)"));
}

#[test]
fn multipart_operation_gets_form_parts_and_goes_through_the_hooks() {
    let code = osm_gen::generate(GOOD).unwrap();
    let start = code.find("pub struct UploadAccessory<'a>").unwrap();
    let builder = &code[start..];
    let builder = &builder[..builder.find("\n    }\n}").unwrap_or(builder.len())];
    for needle in [
        "file: Option<(String, reqwest::Body)>",
        "form_data: Option<String>",
        "pub fn file<N, B>(mut self, file_name: N, content: B) -> Self",
        "pub fn form_data<V>(mut self, value: V) -> Self",
        "pub fn x_site<V>",
        ".multipart(multipart_form)",
        "\"file was not initialized\"",
        "client.pre(&mut request, &info).await?;",
        "client.exec(request, &info).await;",
        "client.post(&result, &info).await?;",
        "operation_id: \"upload_accessory\"",
    ] {
        assert!(builder.contains(needle), "upload builder lacks `{needle}`");
    }
}

#[test]
fn adaptations_are_applied() {
    let generated = osm_gen::generate_with(GOOD, &osm_gen::Options::default()).unwrap();
    let code = &generated.code;
    // additionalProperties: false would have become deny_unknown_fields
    assert!(!code.contains("deny_unknown_fields"));
    // operations without error responses got the shared ErrorResponse
    assert!(code.contains("Error<types::ErrorResponse>"));
    assert!(
        !code.contains("Error<()>"),
        "an operation is left without a typed error"
    );
    assert!(
        generated
            .adaptations
            .iter()
            .any(|a| a.contains("ErrorResponse")),
        "{:?}",
        generated.adaptations
    );
    assert!(
        generated
            .adaptations
            .iter()
            .any(|a| a.contains("additionalProperties"))
    );
    assert!(
        generated
            .adaptations
            .iter()
            .any(|a| a.starts_with("upload_accessory"))
    );
}

#[test]
fn date_times_map_to_the_lenient_type() {
    let code = osm_gen::generate(GOOD).unwrap();
    assert!(code.contains("pub create_time: ::std::option::Option<crate::time::OsmDateTime>"));
    assert!(code.contains(
        "#[serde(default, deserialize_with = \"crate::time::lenient_option::deserialize\")]"
    ));
    assert!(!code.contains("chrono::DateTime"));
}

#[test]
fn methods_carry_the_summary_as_doc_comment() {
    let code = osm_gen::generate(GOOD).unwrap();
    assert!(code.contains("List cases\n\nLists the cases of the account, newest first."));
}

#[test]
fn generated_code_is_valid_rust() {
    let code = osm_gen::generate(GOOD).unwrap();
    syn::parse_file(&code).unwrap();
}

#[test]
fn crlf_checkout_generates_the_same_bytes() {
    let lf = osm_gen::generate(GOOD).unwrap();
    let crlf = osm_gen::generate(&GOOD.replace('\n', "\r\n")).unwrap();
    assert!(lf == crlf, "CRLF line endings change the output");
}

#[test]
fn optional_and_binary_form_parts_follow_the_schema() {
    let spec = GOOD.replacen(
        "                form_data:\n",
        "                note: {type: string, description: An optional remark.}\n                thumbnail: {type: string, format: binary}\n                form_data:\n",
        1,
    );
    let code = osm_gen::generate(&spec).unwrap();
    assert!(code.contains("note: Option<String>"));
    assert!(code.contains("if let Some(value) = note {"));
    assert!(code.contains("thumbnail: Option<(String, reqwest::Body)>"));
    assert!(code.contains("pub fn thumbnail<N, B>(mut self, file_name: N, content: B) -> Self"));
    assert!(code.contains("Form part `note`: An optional remark."));
}

#[test]
fn a_form_part_named_like_a_parameter_is_rejected() {
    let spec = GOOD.replacen(
        "                form_data:\n",
        "                x_site: {type: string}\n                form_data:\n",
        1,
    );
    let err = osm_gen::generate(&spec).unwrap_err();
    assert!(
        err.to_string()
            .contains("form part `x_site` has the same name as a parameter"),
        "{err}"
    );
}

#[test]
fn every_send_returns_osm_clients_error_and_nothing_unwraps() {
    let generated = osm_gen::generate_with(GOOD, &osm_gen::Options::default()).unwrap();
    let code = &generated.code;
    let public_sends: Vec<&str> = code
        .match_indices("pub async fn send(")
        .map(|(at, _)| {
            let rest = &code[at..];
            &rest[..rest.find('{').unwrap()]
        })
        .collect();
    assert_eq!(public_sends.len(), generated.operations.len());
    for signature in &public_sends {
        assert!(
            signature.contains("ResponseValue<") && signature.contains(", crate::Error>"),
            "{signature}"
        );
        assert!(!signature.contains("Error<types::"), "{signature}");
    }
    // progenitor's method stays, crate-private, behind the public one (multipart included)
    assert_eq!(
        code.matches("pub(crate) async fn send_raw(").count(),
        public_sends.len()
    );
    assert_eq!(
        code.matches("self.send_raw().await.map_err(crate::Error::from_progenitor)")
            .count(),
        public_sends.len()
    );
    // including osm-gen's own multipart template
    let upload = &code[code.find("pub struct UploadAccessory<'a>").unwrap()..];
    let upload_send = &upload[upload.find("pub async fn send(").unwrap()..];
    let upload_send: String = upload_send[..upload_send.find('{').unwrap()]
        .split_whitespace()
        .collect();
    assert_eq!(
        upload_send,
        "pubasyncfnsend(self,)->Result<ResponseValue<types::UploadAccessoryResponse>,crate::Error>"
    );
    // the panicking constructor is gone
    assert!(
        !code.contains("pub fn new(baseurl"),
        "Client::new is still generated"
    );
    assert!(!code.contains(".unwrap()"), "generated code unwraps");
    assert!(code.contains("pub fn new_with_client("));
}

#[test]
fn a_spec_without_operations_still_generates() {
    let spec = "openapi: 3.0.3\ninfo: {title: empty, version: '1'}\npaths: {}\n";
    let code = osm_gen::generate(spec).unwrap();
    assert!(code.contains("pub struct Client"));
    assert!(!code.contains("fn send"));
}
