//! Operations, parameters, request bodies and responses.

use xtask::api_report::{Bump, ChangeKind, CrateVersion, Element, EnumKind, Impact};

use super::*;

#[test]
fn identical_specs_report_nothing() {
    let report = report(BASE, BASE);
    assert!(report.changes.is_empty(), "{:#?}", report.changes);
    let v = CrateVersion::parse("0.1.0").unwrap();
    assert_eq!(report.suggested_bump(v), Bump::None);
    assert_eq!(report.summary(v), "no API changes: no version bump needed");
}

#[test]
fn operation_added_is_additive() {
    let new_op = "    put:\n      operationId: update_case\n      summary: Update\n      tags: [cases]\n      responses:\n        '204': {description: updated}\n";
    let change = only_change(DELETE_OP, &format!("{new_op}{DELETE_OP}"));
    assert_change(
        &change,
        Element::Operation,
        "operation update_case (PUT /v2/cases/{case_id})",
        Impact::Additive,
    );
    assert_eq!(change.kind, ChangeKind::Added { required: false });
}

#[test]
fn operation_removed_is_breaking() {
    let spec = edit(
        BASE,
        "    delete:\n      operationId: delete_case\n      summary: Delete a case\n      tags: [cases]\n      parameters:\n        - {name: case_id, in: path, required: true, schema: {type: string}}\n      responses:\n        '204': {description: deleted}\n",
        "",
    );
    let spec = edit(&spec, "  /v2/cases/{case_id}:\n", "");
    let report = report(BASE, &spec);
    assert_eq!(report.changes.len(), 1, "{:#?}", report.changes);
    assert_change(
        &report.changes[0],
        Element::Operation,
        "operation delete_case (DELETE /v2/cases/{case_id})",
        Impact::Breaking,
    );
    assert_eq!(report.changes[0].kind, ChangeKind::Removed);
}

#[test]
fn operation_moved_to_another_route_is_additive() {
    let change = only_change(
        "  /v2/cases/{case_id}:",
        "  /v2/servicerequest/cases/{case_id}:",
    );
    assert_change(
        &change,
        Element::Operation,
        "operation delete_case",
        Impact::Additive,
    );
    assert_eq!(
        change.kind,
        ChangeKind::Moved {
            from: "DELETE /v2/cases/{case_id}".into(),
            to: "DELETE /v2/servicerequest/cases/{case_id}".into()
        }
    );
}

#[test]
fn optional_parameter_added_is_additive() {
    let offset = "        - {name: offset, in: query, required: false, schema: {type: integer, format: int32}}\n";
    let change = only_change(LIMIT_PARAM, &format!("{LIMIT_PARAM}{offset}"));
    assert_change(
        &change,
        Element::Parameter,
        "list_cases: query parameter offset",
        Impact::Additive,
    );
    assert_eq!(change.kind, ChangeKind::Added { required: false });
}

#[test]
fn required_parameter_added_is_breaking() {
    let region = "        - {name: region, in: query, required: true, schema: {type: string}}\n";
    let change = only_change(LIMIT_PARAM, &format!("{LIMIT_PARAM}{region}"));
    assert_change(
        &change,
        Element::Parameter,
        "list_cases: query parameter region",
        Impact::Breaking,
    );
    assert_eq!(change.kind, ChangeKind::Added { required: true });
}

#[test]
fn parameter_removed_is_breaking() {
    let change = only_change(LIMIT_PARAM, "");
    assert_change(
        &change,
        Element::Parameter,
        "list_cases: query parameter limit",
        Impact::Breaking,
    );
    assert_eq!(change.kind, ChangeKind::Removed);
}

#[test]
fn shared_header_parameter_removed_from_components_is_breaking() {
    let change = only_change("        - $ref: '#/components/parameters/XSite'\n", "");
    assert_change(
        &change,
        Element::Parameter,
        "list_cases: header parameter X-Site",
        Impact::Breaking,
    );
}

#[test]
fn parameter_retyped_is_breaking() {
    let change = only_change(
        "{name: limit, in: query, required: false, schema: {type: integer, format: int32}}",
        "{name: limit, in: query, required: false, schema: {type: string}}",
    );
    assert_change(
        &change,
        Element::Parameter,
        "list_cases: query parameter limit",
        Impact::Breaking,
    );
    assert_eq!(
        change.kind,
        ChangeKind::Retyped {
            from: "integer(int32)".into(),
            to: "string".into()
        }
    );
}

#[test]
fn parameter_made_required_is_breaking_and_made_optional_is_additive() {
    let on = only_change(
        "{name: limit, in: query, required: false",
        "{name: limit, in: query, required: true",
    );
    assert_change(
        &on,
        Element::Parameter,
        "list_cases: query parameter limit",
        Impact::Breaking,
    );
    assert_eq!(on.kind, ChangeKind::RequiredOn);

    let off = only_change(
        "{name: case_id, in: path, required: true",
        "{name: case_id, in: path, required: false",
    );
    assert_change(
        &off,
        Element::Parameter,
        "delete_case: path parameter case_id",
        Impact::Additive,
    );
    assert_eq!(off.kind, ChangeKind::RequiredOff);
}

#[test]
fn parameter_enum_narrowed_is_breaking_and_widened_is_additive() {
    let status = "{name: status, in: query, required: false, schema: {type: integer, format: int32, enum: [0, 1, 2]}}";
    let narrowed = only_change(status, &status.replace("[0, 1, 2]", "[0, 1]"));
    assert_change(
        &narrowed,
        Element::Parameter,
        "list_cases: query parameter status",
        Impact::Breaking,
    );
    assert_eq!(
        narrowed.kind,
        ChangeKind::EnumNarrowed {
            removed: vec!["2".into()]
        }
    );

    // A string enum parameter is only ever constructed by callers: widening it is additive.
    let channel = "schema: {type: string, enum: [web, phone]}}";
    let widened = only_change(channel, "schema: {type: string, enum: [web, phone, chat]}}");
    assert_change(
        &widened,
        Element::Parameter,
        "list_cases: query parameter channel",
        Impact::Additive,
    );
    assert_eq!(
        widened.kind,
        ChangeKind::EnumWidened {
            added: vec!["\"chat\"".into()],
            kind: EnumKind::RustEnum
        }
    );
}

#[test]
fn model_added_is_additive_and_removed_is_breaking() {
    let unused =
        "    Unused:\n      type: object\n      properties:\n        note: {type: string}\n";
    let removed = only_change(unused, "");
    assert_change(&removed, Element::Model, "model Unused", Impact::Breaking);
    assert_eq!(removed.kind, ChangeKind::Removed);

    let added = only_change(unused, &format!("{unused}    Extra:\n      type: string\n"));
    assert_change(&added, Element::Model, "model Extra", Impact::Additive);
}

#[test]
fn model_retyped_is_breaking() {
    let change = only_change(
        "    Unused:\n      type: object\n      properties:\n        note: {type: string}\n",
        "    Unused:\n      type: string\n",
    );
    assert_change(&change, Element::Model, "model Unused", Impact::Breaking);
    assert_eq!(
        change.kind,
        ChangeKind::Retyped {
            from: "object".into(),
            to: "string".into()
        }
    );
}

#[test]
fn request_body_and_response_retyped_are_breaking() {
    let body = only_change(
        "            schema: {$ref: '#/components/schemas/CreateCaseRequest'}",
        "            schema: {$ref: '#/components/schemas/Label'}",
    );
    assert_change(
        &body,
        Element::RequestBody,
        "create_case: request body",
        Impact::Breaking,
    );
    assert_eq!(
        body.kind,
        ChangeKind::Retyped {
            from: "CreateCaseRequest".into(),
            to: "Label".into()
        }
    );

    let response = only_change(
        "              schema: {$ref: '#/components/schemas/CreateCaseResponse'}",
        "              schema: {$ref: '#/components/schemas/CaseInfo'}",
    );
    assert_change(
        &response,
        Element::Response,
        "create_case: response",
        Impact::Breaking,
    );
}

#[test]
fn request_body_added_is_breaking() {
    let body = "      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Label'}\n";
    let change = only_change(
        "      parameters:\n        - {name: case_id",
        &format!("{body}      parameters:\n        - {{name: case_id"),
    );
    assert_change(
        &change,
        Element::RequestBody,
        "delete_case: request body",
        Impact::Breaking,
    );
}

#[test]
fn parameter_switching_from_schema_to_content_is_retyped() {
    let change = only_change(
        "{name: limit, in: query, required: false, schema: {type: integer, format: int32}}",
        "{name: limit, in: query, required: false, content: {application/json: {schema: {type: integer}}}}",
    );
    assert_change(
        &change,
        Element::Parameter,
        "list_cases: query parameter limit",
        Impact::Breaking,
    );
    assert_eq!(
        change.kind,
        ChangeKind::Retyped {
            from: "integer(int32)".into(),
            to: "content application/json".into()
        }
    );
}
