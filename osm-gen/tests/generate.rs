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
    for op in &generated.operations {
        let id = &op.operation_id;
        assert!(
            generated
                .code
                .contains(&format!("pub fn {id}(&self) -> crate::operations::")),
            "no Client method for {id}"
        );
        assert!(!op.summary.is_empty() && !op.tag.is_empty());
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

/// The code between `from` and the next line that closes an item at `indent` spaces.
fn section<'a>(code: &'a str, from: &str, indent: usize) -> &'a str {
    let start = code.find(from).unwrap_or_else(|| panic!("no `{from}`"));
    let rest = &code[start..];
    let end = format!("\n{}}}\n", " ".repeat(indent));
    &rest[..rest.find(&end).map_or(rest.len(), |e| e + end.len())]
}

#[test]
fn builders_flatten_the_body_and_check_required_inputs() {
    let code = osm_gen::generate(GOOD).unwrap();
    let create = section(&code, "    impl CreateCases {", 4);
    for needle in [
        // body fields are setters on the builder, taking the plain value
        "pub fn simple_description(mut self, value: impl Into<String>) -> Self",
        "self.body.simple_description = Some(value.into());",
        // a whole body too
        "pub fn body(mut self, body: types::CreateCaseRequest) -> Self",
        // the required field is checked before anything is sent
        r#"let missing = [("simple_description", body.simple_description.is_none())];"#,
        "return Err(Error::missing(&Self::INFO, &missing));",
        // the client-configuration-free header parameter stays a setter
        "pub fn x_site(mut self, value: i32) -> Self",
        "crate::runtime::request_options_methods!();",
    ] {
        assert!(
            create.contains(needle),
            "create_cases lacks `{needle}`:\n{create}"
        );
    }
    // X-Language is client configuration: no setter
    assert!(
        !code.contains("pub fn x_language"),
        "X-Language got a setter"
    );
}

#[test]
fn value_sets_are_open_enums() {
    let generated = osm_gen::generate_with(GOOD, &osm_gen::Options::default()).unwrap();
    assert_eq!(generated.enums, ["CaseStatus"]);
    let code = &generated.code;
    for needle in [
        "pub enum CaseStatus {",
        "/// `0`: Waiting for support.",
        "PendingAcceptance,",
        "Unknown(crate::types::UnknownValue<i32>),",
        "crate::value_set::open_enum_impls!(",
        // typify's type is replaced by it: fields and parameters use it
        "pub status: ::std::option::Option<crate::types::CaseStatus>,",
        "pub fn status(mut self, value: impl Into<types::CaseStatus>) -> Self",
    ] {
        assert!(code.contains(needle), "no `{needle}`");
    }
}

#[test]
fn list_operations_get_a_page_stream_from_the_extension() {
    let generated = osm_gen::generate_with(GOOD, &osm_gen::Options::default()).unwrap();
    let list = generated
        .operations
        .iter()
        .find(|o| o.operation_id == "list_cases")
        .unwrap();
    assert!(list.paginated && list.idempotent && !list.transfer);
    let code = section(&generated.code, "    impl ListCases {", 4);
    for needle in [
        "pub fn into_stream(self) -> crate::ItemStream<types::Case> {",
        "crate::paginate::offset_stream(",
        "self.clone().offset(position).limit(size).send()",
        "Ok(crate::paginate::Page::new(page.incident_info_list, page.total_count))",
    ] {
        // layout aside (prettyplease wraps long calls, with trailing commas)
        let squash = |s: &str| s.split_whitespace().collect::<String>().replace(",)", ")");
        assert!(
            squash(code).contains(&squash(needle)),
            "list_cases lacks `{needle}`:\n{code}"
        );
    }
    let create = generated
        .operations
        .iter()
        .find(|o| o.operation_id == "create_cases")
        .unwrap();
    assert!(!create.paginated && !create.idempotent);
}

#[test]
fn multipart_operation_is_built_by_osm_gens_template() {
    let code = osm_gen::generate(GOOD).unwrap();
    let upload = section(&code, "    impl UploadAccessory {", 4);
    for needle in [
        "pub fn file(mut self, file: Attachment) -> Self",
        "pub fn form_data(mut self, value: impl Into<String>) -> Self",
        "pub fn x_site(mut self, value: i32) -> Self",
        r#"options = options.header("X-Site", v.to_string());"#,
        r#"let form = form.file("file", file);"#,
        "crate::runtime::multipart(",
    ] {
        assert!(
            upload.contains(needle),
            "upload lacks `{needle}`:\n{upload}"
        );
    }
    // progenitor never sees it
    let raw = &code[code.find("pub(crate) mod raw {").unwrap()..];
    assert!(!raw.contains("fn upload_accessory"));
}

#[test]
fn adaptations_are_applied() {
    let generated = osm_gen::generate_with(GOOD, &osm_gen::Options::default()).unwrap();
    let code = &generated.code;
    // additionalProperties: false would have become deny_unknown_fields
    assert!(!code.contains("deny_unknown_fields"));
    // the request layer declares no responses: the runtime reads every answer itself
    assert!(code.contains("Result<ResponseValue<ByteStream>, Error<()>>"));
    assert!(!code.contains("Error<types::"));
    // a model nothing uses is not generated; the error body is read by the runtime
    assert!(!code.contains("Unused") && !code.contains("ErrorResponse"));
    for wanted in [
        "upload_accessory: multipart",
        "additionalProperties",
        "date-times kept as text",
        "client-configuration header",
        "models no generated code uses dropped",
    ] {
        assert!(
            generated.adaptations.iter().any(|a| a.contains(wanted)),
            "no `{wanted}` in {:?}",
            generated.adaptations
        );
    }
}

#[test]
fn date_times_are_text_with_a_parsing_accessor() {
    let code = osm_gen::generate(GOOD).unwrap();
    assert!(code.contains("pub create_time: ::std::option::Option<::std::string::String>"));
    assert!(code.contains(
        "pub fn create_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.create_time.as_deref()) }"
    ));
    assert!(
        code.contains("pub fn incident_id(&self) -> Option<&str> { self.incident_id.as_deref() }")
    );
    assert!(code.contains(
        "pub fn incident_info_list(&self) -> &[types::Case] { &self.incident_info_list }"
    ));
    assert!(!code.contains("chrono::DateTime"));
}

#[test]
fn methods_carry_the_summary_and_a_compiled_example() {
    let code = osm_gen::generate(GOOD).unwrap();
    let method = section(&code, "    /// List cases\n", 4);
    assert!(method.contains(
        "/// Lists the cases of the account, newest first. `GET /v2/servicerequest/cases`"
    ));
    assert!(method.contains("/// ```no_run"), "{method}");
    assert!(
        method.contains("/// let answer = client.list_cases().send().await?;"),
        "{method}"
    );
    let show = section(&code, "    /// Show one case\n", 4);
    assert!(
        show.contains(r#"client.show_case_detail().case_id("<case_id>").send().await?"#),
        "{show}"
    );
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
    assert!(code.contains("let form = match note {"));
    assert!(code.contains("thumbnail: Option<Attachment>"));
    assert!(code.contains("pub fn thumbnail(mut self, file: Attachment) -> Self"));
    assert!(code.contains("/// An optional remark (text part `note`)."));
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
        err.findings()
            .iter()
            .any(|f| f.kind == osm_gen::FindingKind::NameClash
                && f.problem.contains(
                    "parameter `X-Site` and form part `x_site` would both get the setter `x_site`"
                )),
        "{err}"
    );
}

#[test]
fn public_api_is_osm_clients_own() {
    let generated = osm_gen::generate_with(GOOD, &osm_gen::Options::default()).unwrap();
    let code = &generated.code;
    let public = &code[..code.find("pub(crate) mod raw {").unwrap()];
    let sends: Vec<&str> = public
        .match_indices("pub async fn send(")
        .map(|(at, _)| {
            let rest = &public[at..];
            &rest[..rest.find('{').unwrap()]
        })
        .collect();
    assert_eq!(sends.len(), generated.operations.len());
    for signature in &sends {
        assert!(
            signature.contains("-> Result<Response<") || signature.contains("-> Result<Download>"),
            "{signature}"
        );
    }
    for progenitor in [
        "ResponseValue",
        "ByteStream",
        "progenitor_client::Error",
        "ClientInfo",
    ] {
        assert!(
            !public.contains(progenitor),
            "`{progenitor}` outside the request layer"
        );
    }
    assert!(!public.contains(".unwrap()"), "generated code unwraps");
}

#[test]
fn a_spec_without_operations_still_generates() {
    let spec = "openapi: 3.0.3\ninfo: {title: empty, version: '1'}\npaths: {}\n";
    let code = osm_gen::generate(spec).unwrap();
    assert!(code.contains("impl crate::Client {}"));
    assert!(!code.contains("fn send"));
}
