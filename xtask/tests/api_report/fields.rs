//! Models and their fields: added, removed, retyped, required flipped, enums.

use xtask::api_report::{ChangeKind, Element, EnumKind, Impact};

use super::*;

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
fn field_made_optional_is_additive_on_both_sides() {
    // Label is sent (CreateCaseRequest.labels) and received (CaseInfo.labels): every model field
    // is an `Option` already, and send() stops checking it.
    let change = only_change("      required: [name]\n", "");
    assert_change(&change, Element::Field, "Label.name", Impact::Additive);
    assert_eq!(change.kind, ChangeKind::RequiredOff);
}

#[test]
fn received_field_made_required_is_additive() {
    let change = only_change(
        "    CaseInfo:\n      type: object\n",
        "    CaseInfo:\n      type: object\n      required: [case_id]\n",
    );
    assert_change(
        &change,
        Element::Field,
        "CaseInfo.case_id",
        Impact::Additive,
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
fn response_enum_widened_is_additive_for_integers_and_strings() {
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
    // open enums: a new value decoded as Unknown before, so no match breaks
    assert_change(
        &channel,
        Element::Field,
        "CaseInfo.channel",
        Impact::Additive,
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
