//! Bad specs give the expected finding (kind + JSON pointer), never a panic.

#![allow(clippy::unwrap_used)]

use osm_gen::{Error, FindingKind};

const GOOD: &str = include_str!("specs/good.yaml");

/// The good spec with `from` replaced by `to` (which must occur exactly once).
fn mutate(from: &str, to: &str) -> String {
    assert_eq!(
        GOOD.matches(from).count(),
        1,
        "`{from}` must occur once in good.yaml"
    );
    GOOD.replacen(from, to, 1)
}

/// Generates `spec`, expects `Error::Invalid`, and asserts one finding of `kind` at `pointer`.
fn assert_finding(spec: &str, kind: FindingKind, pointer: &str) -> String {
    let err = osm_gen::generate(spec).expect_err("the spec must be rejected");
    assert!(
        matches!(err, Error::Invalid(_)),
        "expected Invalid, got {err}"
    );
    assert!(
        err.findings()
            .iter()
            .any(|f| f.kind == kind && f.pointer == pointer),
        "no {kind:?} at {pointer} in:\n{err}"
    );
    // check() reports the same findings without generating
    assert_eq!(osm_gen::check(spec), err.findings());
    let text = err.to_string();
    assert!(text.contains(pointer) && text.contains("fix:"), "{text}");
    text
}

const CASE: &str = "/paths/~1v2~1servicerequest~1cases~1{case_id}/get";
const CASES_GET: &str = "/paths/~1v2~1servicerequest~1cases/get";
const CASES_POST: &str = "/paths/~1v2~1servicerequest~1cases/post";

#[test]
fn good_spec_has_no_findings() {
    assert_eq!(osm_gen::check(GOOD), []);
}

#[test]
fn missing_ref_names_the_ref_and_the_missing_name() {
    let spec = mutate(
        "schema: {$ref: '#/components/schemas/Case'}",
        "schema: {$ref: '#/components/schemas/Kase'}",
    );
    let text = assert_finding(
        &spec,
        FindingKind::UnresolvedRef,
        &format!("{CASE}/responses/200/content/application~1json/schema/$ref"),
    );
    assert!(text.contains("Kase"), "{text}");
}

#[test]
fn external_ref_is_rejected() {
    let spec = mutate(
        "- $ref: '#/components/parameters/XLanguage'\n        - name: search_key",
        "- $ref: 'common.yaml#/XLanguage'\n        - name: search_key",
    );
    assert_finding(
        &spec,
        FindingKind::UnresolvedRef,
        &format!("{CASES_GET}/parameters/1/$ref"),
    );
}

#[test]
fn duplicate_operation_id_points_at_the_second() {
    let spec = mutate("operationId: create_cases", "operationId: list_cases");
    let text = assert_finding(
        &spec,
        FindingKind::DuplicateOperationId,
        &format!("{CASES_POST}/operationId"),
    );
    assert!(
        text.contains(CASES_GET),
        "should name the first use: {text}"
    );
}

#[test]
fn missing_operation_id() {
    let spec = mutate("      operationId: show_case_detail\n", "");
    assert_finding(&spec, FindingKind::MissingOperationId, CASE);
}

#[test]
fn non_snake_case_operation_id() {
    let spec = mutate(
        "operationId: show_case_detail",
        "operationId: ShowCaseDetail",
    );
    assert_finding(
        &spec,
        FindingKind::InvalidOperationId,
        &format!("{CASE}/operationId"),
    );
}

#[test]
fn openapi_31_gets_a_clear_error() {
    let spec = mutate("openapi: 3.0.3", "openapi: 3.1.0");
    let text = assert_finding(&spec, FindingKind::UnsupportedVersion, "/openapi");
    assert!(text.contains("3.1.0") && text.contains("3.0.3"), "{text}");
}

#[test]
fn swagger_20_gets_a_clear_error() {
    let spec = mutate("openapi: 3.0.3", "swagger: '2.0'");
    assert_finding(&spec, FindingKind::UnsupportedVersion, "/swagger");
}

#[test]
fn missing_summary_and_tag_are_both_reported() {
    let spec = mutate("      summary: Show one case\n      tags: [cases]\n", "");
    let findings = osm_gen::check(&spec);
    assert!(
        findings
            .iter()
            .any(|f| f.kind == FindingKind::MissingSummary && f.pointer == CASE)
    );
    assert!(
        findings
            .iter()
            .any(|f| f.kind == FindingKind::MissingTag && f.pointer == CASE)
    );
}

#[test]
fn default_response_next_to_200() {
    let spec = mutate(
        "              schema: {$ref: '#/components/schemas/Case'}\n",
        "              schema: {$ref: '#/components/schemas/Case'}\n        default:\n          description: Error.\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/ErrorResponse'}\n",
    );
    assert_finding(
        &spec,
        FindingKind::DefaultResponse,
        &format!("{CASE}/responses/default"),
    );
}

#[test]
fn two_success_responses() {
    let spec = mutate(
        "              schema: {$ref: '#/components/schemas/Case'}\n",
        "              schema: {$ref: '#/components/schemas/Case'}\n        \"204\":\n          description: Nothing.\n",
    );
    assert_finding(
        &spec,
        FindingKind::MultipleSuccessResponses,
        &format!("{CASE}/responses"),
    );
}

#[test]
fn json_response_without_schema() {
    let spec = mutate(
        "          description: The case.\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Case'}\n",
        "          description: The case.\n          content:\n            application/json: {}\n",
    );
    assert_finding(
        &spec,
        FindingKind::UnsupportedResponse,
        &format!("{CASE}/responses/200/content/application~1json"),
    );
}

#[test]
fn path_variable_without_parameter() {
    let spec = mutate(
        "  /v2/servicerequest/cases/{case_id}:",
        "  /v2/servicerequest/cases/{case_id}/{x}:",
    );
    assert_finding(
        &spec,
        FindingKind::PathParameterMismatch,
        "/paths/~1v2~1servicerequest~1cases~1{case_id}~1{x}/get",
    );
}

#[test]
fn cookie_deep_object_and_array_header_parameters() {
    let spec = mutate(
        "        - name: offset\n          in: query\n          schema: {type: integer, format: int32}\n",
        "        - {name: session, in: cookie, schema: {type: string}}\n        - {name: filter, in: query, style: deepObject, schema: {type: object}}\n        - {name: X-Ids, in: header, schema: {type: array, items: {type: string}}}\n",
    );
    for i in [4, 5, 6] {
        assert_finding(
            &spec,
            FindingKind::UnsupportedParameter,
            &format!("{CASES_GET}/parameters/{i}"),
        );
    }
}

#[test]
fn two_request_media_types() {
    let spec = mutate(
        "          application/json:\n            schema: {$ref: '#/components/schemas/CreateCaseRequest'}\n",
        "          application/json:\n            schema: {$ref: '#/components/schemas/CreateCaseRequest'}\n          application/xml:\n            schema: {$ref: '#/components/schemas/CreateCaseRequest'}\n",
    );
    assert_finding(
        &spec,
        FindingKind::UnsupportedRequestBody,
        &format!("{CASES_POST}/requestBody/content"),
    );
}

#[test]
fn invalid_yaml_is_a_syntax_finding() {
    let err = osm_gen::generate("openapi: 3.0.3\npaths: [unclosed\n").unwrap_err();
    assert_eq!(err.findings()[0].kind, FindingKind::Syntax);
    assert!(err.to_string().contains("line"), "{err}");
}

#[test]
fn wrong_shape_names_the_pointer() {
    let spec = mutate(
        "operationId: show_case_detail",
        "operationId: show_case_detail\n      deprecated: sometimes",
    );
    assert_finding(&spec, FindingKind::Schema, &format!("{CASE}/deprecated"));
}

#[test]
fn progenitor_panic_becomes_an_error_naming_the_operation() {
    // passes osm-gen's checks, but progenitor 0.15 hits a `todo!` on it
    let spec = mutate(
        "            schema: {$ref: '#/components/schemas/CreateCaseRequest'}\n",
        "            schema: {$ref: '#/components/schemas/CreateCaseRequest'}\n            encoding: {deadline: {contentType: text/plain}}\n",
    );
    assert_eq!(osm_gen::check(&spec), []);
    match osm_gen::generate(&spec).map(|_| ()).unwrap_err() {
        Error::Generator {
            operation,
            pointer,
            panicked,
            message,
        } => {
            assert_eq!(operation, "create_cases");
            assert_eq!(pointer, CASES_POST);
            assert!(panicked);
            assert!(message.contains("encoding"), "{message}");
        }
        other => panic!("expected a Generator error, got {other}"),
    }
}

#[test]
fn garbage_inputs_never_panic() {
    for text in [
        "",
        "null",
        "42",
        "[]",
        "openapi: 3.0.3",
        "openapi: 3.0.3\npaths: {}\n",
        "{",
        "\u{0}",
    ] {
        let _ = osm_gen::check(text);
        let _ = osm_gen::generate(text);
    }
}

#[test]
fn an_enum_without_variant_names_is_rejected() {
    let spec = mutate(
        "      x-enum-varnames: [PendingAcceptance, Processing, Completed]\n",
        "",
    );
    let text = assert_finding(
        &spec,
        FindingKind::InvalidEnum,
        "/components/schemas/CaseStatus",
    );
    assert!(text.contains("x-enum-varnames"), "{text}");
    let spec = mutate(
        "x-enum-varnames: [PendingAcceptance, Processing, Completed]",
        "x-enum-varnames: [PendingAcceptance, Processing]",
    );
    assert_finding(
        &spec,
        FindingKind::InvalidEnum,
        "/components/schemas/CaseStatus",
    );
    // names that differ only in case would parse as the same value
    let spec = mutate(
        "x-enum-varnames: [PendingAcceptance, Processing, Completed]",
        "x-enum-varnames: [PendingAcceptance, Processing, ProCessing]",
    );
    let text = assert_finding(
        &spec,
        FindingKind::InvalidEnum,
        "/components/schemas/CaseStatus",
    );
    assert!(text.contains("ignoring case"), "{text}");
}

#[test]
fn pagination_must_name_real_parameters_and_fields() {
    let spec = mutate(
        "{offset: offset, limit: limit,",
        "{offset: skip, limit: limit,",
    );
    let text = assert_finding(
        &spec,
        FindingKind::InvalidExtension,
        &format!("{CASES_GET}/x-osm-pagination"),
    );
    assert!(text.contains("`skip`"), "{text}");
    let spec = mutate("items: incident_info_list", "items: total_count");
    let text = assert_finding(
        &spec,
        FindingKind::InvalidExtension,
        &format!("{CASES_GET}/x-osm-pagination"),
    );
    assert!(text.contains("not an array"), "{text}");
}

#[test]
fn extension_flags_must_be_booleans() {
    let spec = mutate(
        "      operationId: create_cases\n",
        "      operationId: create_cases\n      x-osm-idempotent: maybe\n",
    );
    assert_finding(
        &spec,
        FindingKind::InvalidExtension,
        &format!("{CASES_POST}/x-osm-idempotent"),
    );
}

#[test]
fn an_input_named_like_a_builder_method_is_rejected() {
    let spec = mutate(
        "        simple_description: {type: string}\n",
        "        simple_description: {type: string}\n        send: {type: string}\n",
    );
    let text = assert_finding(&spec, FindingKind::NameClash, CASES_POST);
    assert!(text.contains("`send`"), "{text}");
}

#[test]
fn an_inline_enum_must_become_a_value_set() {
    let spec = mutate(
        "        simple_description: {type: string}\n",
        "        simple_description: {type: string, enum: [a, b]}\n",
    );
    let text = assert_finding(
        &spec,
        FindingKind::InvalidEnum,
        "/components/schemas/CreateCaseRequest/properties/simple_description",
    );
    assert!(text.contains("x-enum-varnames"), "{text}");
}
