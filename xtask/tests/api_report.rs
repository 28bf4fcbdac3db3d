//! The API-change report on pairs of small specs with one known change each.
#![allow(clippy::unwrap_used)]

use xtask::api_report::{
    Bump, Change, ChangeKind, CrateVersion, Element, EnumKind, Impact, Report, parse_spec,
};

/// A small spec in the shape of spec/osm.yaml: request-only, response-only and shared models.
const BASE: &str = r##"
openapi: 3.0.3
info: {title: test, version: "2"}
paths:
  /v2/cases:
    get:
      operationId: list_cases
      summary: List cases
      tags: [cases]
      parameters:
        - {name: status, in: query, required: false, schema: {type: integer, format: int32, enum: [0, 1, 2]}}
        - {name: limit, in: query, required: false, schema: {type: integer, format: int32}}
        - {name: channel, in: query, required: false, schema: {type: string, enum: [web, phone]}}
        - $ref: '#/components/parameters/XSite'
      responses:
        '200':
          description: the cases
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ListCasesResponse'}
        4XX:
          description: error
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ErrorResponse'}
    post:
      operationId: create_case
      summary: Create a case
      tags: [cases]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/CreateCaseRequest'}
      responses:
        '200':
          description: the new case
          content:
            application/json:
              schema: {$ref: '#/components/schemas/CreateCaseResponse'}
  /v2/cases/{case_id}:
    delete:
      operationId: delete_case
      summary: Delete a case
      tags: [cases]
      parameters:
        - {name: case_id, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: deleted}
components:
  parameters:
    XSite: {name: X-Site, in: header, required: false, schema: {type: integer, format: int32, enum: [0, 1]}}
  schemas:
    CreateCaseRequest:
      type: object
      required: [title, source]
      properties:
        title: {type: string}
        priority: {type: integer, format: int32}
        source: {type: string, enum: [console, api]}
        labels: {type: array, items: {$ref: '#/components/schemas/Label'}}
    CreateCaseResponse:
      type: object
      properties:
        case_id: {type: string}
    ListCasesResponse:
      type: object
      properties:
        total: {type: integer, format: int32}
        cases: {type: array, items: {$ref: '#/components/schemas/CaseInfo'}}
    CaseInfo:
      type: object
      properties:
        case_id: {type: string}
        status: {type: integer, format: int32, enum: [0, 1, 2]}
        channel: {type: string, enum: [web, phone]}
        created_at: {type: string, format: date-time}
        labels: {type: array, items: {$ref: '#/components/schemas/Label'}}
    Label:
      type: object
      required: [name]
      properties:
        name: {type: string}
        color: {type: string}
    ErrorResponse:
      type: object
      properties:
        error_code: {type: string}
        error_msg: {type: string}
    Unused:
      type: object
      properties:
        note: {type: string}
"##;

/// BASE with `from` replaced by `to`; `from` must occur exactly once.
fn edit(spec: &str, from: &str, to: &str) -> String {
    assert_eq!(
        spec.matches(from).count(),
        1,
        "{from:?} must occur once in the spec"
    );
    spec.replacen(from, to, 1)
}

fn report(old: &str, new: &str) -> Report {
    let old = parse_spec(old).expect("old spec parses");
    let new = parse_spec(new).expect("new spec parses");
    Report::between(&old, &new)
}

/// The report of BASE → BASE with one edit, which must produce exactly one change.
fn only_change(from: &str, to: &str) -> Change {
    let report = report(BASE, &edit(BASE, from, to));
    assert_eq!(
        report.changes.len(),
        1,
        "expected one change, got {:#?}",
        report.changes
    );
    report.changes.into_iter().next().unwrap()
}

fn assert_change(change: &Change, element: Element, location: &str, impact: Impact) {
    assert_eq!(change.element, element, "{change}");
    assert_eq!(change.location, location, "{change}");
    assert_eq!(change.impact, impact, "{change}");
}

const DELETE_OP: &str = "    delete:\n      operationId: delete_case\n";
const CREATE_CASE_REQUIRED: &str = "required: [title, source]";
const CASE_INFO_PROPS: &str = "        case_id: {type: string}\n        status:";

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

const LIMIT_PARAM: &str =
    "        - {name: limit, in: query, required: false, schema: {type: integer, format: int32}}\n";

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
fn optional_request_field_added_is_additive() {
    let change = only_change(
        "        priority: {type: integer, format: int32}\n",
        "        priority: {type: integer, format: int32}\n        product: {type: string}\n",
    );
    assert_change(
        &change,
        Element::Field,
        "CreateCaseRequest.product",
        Impact::Additive,
    );
    assert_eq!(change.kind, ChangeKind::Added { required: false });
}

#[test]
fn required_request_field_added_is_breaking() {
    let spec = edit(
        BASE,
        "        priority: {type: integer, format: int32}\n",
        "        priority: {type: integer, format: int32}\n        product: {type: string}\n",
    );
    let spec = edit(
        &spec,
        CREATE_CASE_REQUIRED,
        "required: [title, source, product]",
    );
    let report = report(BASE, &spec);
    assert_eq!(report.changes.len(), 1, "{:#?}", report.changes);
    assert_change(
        &report.changes[0],
        Element::Field,
        "CreateCaseRequest.product",
        Impact::Breaking,
    );
    assert_eq!(report.changes[0].kind, ChangeKind::Added { required: true });
}

#[test]
fn required_response_field_added_is_additive() {
    // Callers only read responses: a field the server now always sends takes nothing away.
    let spec = edit(
        BASE,
        "    CaseInfo:\n      type: object\n",
        "    CaseInfo:\n      type: object\n      required: [product]\n",
    );
    let spec = edit(
        &spec,
        CASE_INFO_PROPS,
        "        case_id: {type: string}\n        product: {type: string}\n        status:",
    );
    let report = report(BASE, &spec);
    assert_eq!(report.changes.len(), 1, "{:#?}", report.changes);
    assert_change(
        &report.changes[0],
        Element::Field,
        "CaseInfo.product",
        Impact::Additive,
    );
}

#[test]
fn field_removed_is_breaking() {
    let change = only_change(CASE_INFO_PROPS, "        status:");
    assert_change(
        &change,
        Element::Field,
        "CaseInfo.case_id",
        Impact::Breaking,
    );
    assert_eq!(change.kind, ChangeKind::Removed);
}

#[test]
fn field_retyped_is_breaking_in_either_direction() {
    let response = only_change(
        "        total: {type: integer, format: int32}",
        "        total: {type: integer, format: int64}",
    );
    assert_change(
        &response,
        Element::Field,
        "ListCasesResponse.total",
        Impact::Breaking,
    );
    assert_eq!(
        response.kind,
        ChangeKind::Retyped {
            from: "integer(int32)".into(),
            to: "integer(int64)".into()
        }
    );

    let request = only_change(
        "        title: {type: string}",
        "        title: {type: string, format: date-time}",
    );
    assert_change(
        &request,
        Element::Field,
        "CreateCaseRequest.title",
        Impact::Breaking,
    );
}

#[test]
fn field_gaining_an_enum_is_retyped() {
    let change = only_change(
        "        color: {type: string}",
        "        color: {type: string, enum: [red, blue]}",
    );
    assert_change(&change, Element::Field, "Label.color", Impact::Breaking);
    assert_eq!(
        change.kind,
        ChangeKind::Retyped {
            from: "string".into(),
            to: "string enum".into()
        }
    );
}

#[test]
fn field_in_an_array_of_inline_objects_is_compared() {
    let spec_with = |extra: &str| {
        edit(
            BASE,
            "        total: {type: integer, format: int32}\n",
            &format!(
                "        total: {{type: integer, format: int32}}\n        notes:\n          type: array\n          items:\n            type: object\n            properties:\n              text: {{type: string}}\n{extra}"
            ),
        )
    };
    let report = report(
        &spec_with(""),
        &spec_with("              author: {type: string}\n"),
    );
    assert_eq!(report.changes.len(), 1, "{:#?}", report.changes);
    assert_change(
        &report.changes[0],
        Element::Field,
        "ListCasesResponse.notes[].author",
        Impact::Additive,
    );
}

#[test]
fn request_field_made_required_is_breaking_and_made_optional_is_additive() {
    let on = only_change(CREATE_CASE_REQUIRED, "required: [title, source, priority]");
    assert_change(
        &on,
        Element::Field,
        "CreateCaseRequest.priority",
        Impact::Breaking,
    );
    assert_eq!(on.kind, ChangeKind::RequiredOn);

    // Builder setters of optional fields accept the plain value: nothing to change for callers.
    let off = only_change(CREATE_CASE_REQUIRED, "required: [source]");
    assert_change(
        &off,
        Element::Field,
        "CreateCaseRequest.title",
        Impact::Additive,
    );
    assert_eq!(off.kind, ChangeKind::RequiredOff);
}

#[test]
fn received_field_made_optional_is_breaking() {
    // Label is sent (CreateCaseRequest.labels) and received (CaseInfo.labels): readers see
    // `name: String` become `name: Option<String>`.
    let change = only_change("      required: [name]\n", "");
    assert_change(&change, Element::Field, "Label.name", Impact::Breaking);
    assert_eq!(change.kind, ChangeKind::RequiredOff);
}

#[test]
fn received_field_made_required_is_breaking() {
    let change = only_change(
        "    CaseInfo:\n      type: object\n",
        "    CaseInfo:\n      type: object\n      required: [case_id]\n",
    );
    assert_change(
        &change,
        Element::Field,
        "CaseInfo.case_id",
        Impact::Breaking,
    );
    assert_eq!(change.kind, ChangeKind::RequiredOn);
}

#[test]
fn request_enum_narrowed_is_breaking_and_widened_is_additive() {
    let narrowed = only_change(
        "source: {type: string, enum: [console, api]}",
        "source: {type: string, enum: [console]}",
    );
    assert_change(
        &narrowed,
        Element::Field,
        "CreateCaseRequest.source",
        Impact::Breaking,
    );
    assert_eq!(
        narrowed.kind,
        ChangeKind::EnumNarrowed {
            removed: vec!["\"api\"".into()]
        }
    );

    let widened = only_change(
        "source: {type: string, enum: [console, api]}",
        "source: {type: string, enum: [console, api, cli]}",
    );
    assert_change(
        &widened,
        Element::Field,
        "CreateCaseRequest.source",
        Impact::Additive,
    );
}

#[test]
fn response_enum_widened_is_additive_for_integers_and_breaking_for_strings() {
    let status = only_change(
        "status: {type: integer, format: int32, enum: [0, 1, 2]}\n        channel",
        "status: {type: integer, format: int32, enum: [0, 1, 2, 17]}\n        channel",
    );
    assert_change(&status, Element::Field, "CaseInfo.status", Impact::Additive);
    assert_eq!(
        status.kind,
        ChangeKind::EnumWidened {
            added: vec!["17".into()],
            kind: EnumKind::ValidatedNewtype
        }
    );

    let channel = only_change(
        "        channel: {type: string, enum: [web, phone]}\n        created_at",
        "        channel: {type: string, enum: [web, phone, chat]}\n        created_at",
    );
    assert_change(
        &channel,
        Element::Field,
        "CaseInfo.channel",
        Impact::Breaking,
    );
}

#[test]
fn enum_values_replaced_report_both_directions() {
    let spec = edit(
        BASE,
        "status: {type: integer, format: int32, enum: [0, 1, 2]}\n        channel",
        "status: {type: integer, format: int32, enum: [0, 1, 3]}\n        channel",
    );
    let report = report(BASE, &spec);
    let kinds: Vec<_> = report
        .changes
        .iter()
        .map(|c| (c.kind.clone(), c.impact))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (
                ChangeKind::EnumNarrowed {
                    removed: vec!["2".into()]
                },
                Impact::Breaking
            ),
            (
                ChangeKind::EnumWidened {
                    added: vec!["3".into()],
                    kind: EnumKind::ValidatedNewtype
                },
                Impact::Additive
            ),
        ]
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
fn suggested_bump_follows_the_0x_rule() {
    let breaking = report(BASE, &edit(BASE, LIMIT_PARAM, ""));
    let additive = report(
        BASE,
        &edit(
            BASE,
            LIMIT_PARAM,
            &format!(
                "{LIMIT_PARAM}        - {{name: offset, in: query, schema: {{type: integer}}}}\n"
            ),
        ),
    );
    let v01 = CrateVersion::parse("0.1.0").unwrap();
    let v12 = CrateVersion::parse("1.2.3").unwrap();
    assert_eq!(breaking.suggested_bump(v01), Bump::Minor);
    assert_eq!(additive.suggested_bump(v01), Bump::Patch);
    assert_eq!(breaking.suggested_bump(v12), Bump::Major);
    assert_eq!(additive.suggested_bump(v12), Bump::Minor);
    assert_eq!(Bump::Minor.apply(v01).to_string(), "0.2.0");
    assert_eq!(Bump::Major.apply(v12).to_string(), "2.0.0");
    assert_eq!(
        breaking.summary(v01),
        "1 breaking, 0 additive: suggested bump minor (osm-client 0.1.0 -> 0.2.0; breaking changes bump the minor version of a 0.x crate)"
    );
}

#[test]
fn rendered_report_lists_breaking_first_then_the_summary() {
    let spec = edit(BASE, LIMIT_PARAM, "");
    let spec = edit(
        &spec,
        "        priority: {type: integer, format: int32}\n",
        "        priority: {type: integer, format: int32}\n        product: {type: string}\n",
    );
    let text = report(BASE, &spec).render(CrateVersion::parse("0.1.0").unwrap());
    assert_eq!(
        text,
        "  breaking  list_cases: query parameter limit: removed\n\
         \x20 additive  CreateCaseRequest.product: added (optional)\n\
         1 breaking, 1 additive: suggested bump minor (osm-client 0.1.0 -> 0.2.0; breaking changes bump the minor version of a 0.x crate)\n"
    );
}

#[test]
fn crate_versions_parse_strictly() {
    assert_eq!(
        CrateVersion::parse("0.10.2-rc.1"),
        Some(CrateVersion {
            major: 0,
            minor: 10,
            patch: 2
        })
    );
    assert_eq!(CrateVersion::parse("1.2"), None);
    assert_eq!(CrateVersion::parse("1.2.3.4"), None);
    assert_eq!(CrateVersion::parse("one.2.3"), None);
}
