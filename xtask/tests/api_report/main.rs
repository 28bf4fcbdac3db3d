//! The API-change report on pairs of small specs with one known change each.
#![allow(clippy::unwrap_used)]

mod fields;
mod operations;
mod summary;

use xtask::api_report::{Change, Element, Impact, Report, parse_spec};

/// A small spec in the shape of spec/osm.yaml: request-only, response-only and shared models.
pub(crate) const BASE: &str = r##"
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
pub(crate) fn edit(spec: &str, from: &str, to: &str) -> String {
    assert_eq!(
        spec.matches(from).count(),
        1,
        "{from:?} must occur once in the spec"
    );
    spec.replacen(from, to, 1)
}

pub(crate) fn report(old: &str, new: &str) -> Report {
    let old = parse_spec(old).expect("old spec parses");
    let new = parse_spec(new).expect("new spec parses");
    Report::between(&old, &new)
}

/// The report of BASE → BASE with one edit, which must produce exactly one change.
pub(crate) fn only_change(from: &str, to: &str) -> Change {
    let report = report(BASE, &edit(BASE, from, to));
    assert_eq!(
        report.changes.len(),
        1,
        "expected one change, got {:#?}",
        report.changes
    );
    report.changes.into_iter().next().unwrap()
}

pub(crate) fn assert_change(change: &Change, element: Element, location: &str, impact: Impact) {
    assert_eq!(change.element, element, "{change}");
    assert_eq!(change.location, location, "{change}");
    assert_eq!(change.impact, impact, "{change}");
}

pub(crate) const DELETE_OP: &str = "    delete:\n      operationId: delete_case\n";
pub(crate) const CREATE_CASE_REQUIRED: &str = "required: [title, source]";
pub(crate) const CASE_INFO_PROPS: &str = "        case_id: {type: string}\n        status:";
pub(crate) const LIMIT_PARAM: &str =
    "        - {name: limit, in: query, required: false, schema: {type: integer, format: int32}}\n";
