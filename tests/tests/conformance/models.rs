//! Schemas and their properties against reference.json, and the overall counts.

use super::*;

pub(crate) fn check(l: &Loaded, errors: &mut Vec<String>) {
    let request_side = request_side_models(&l.reference);
    for (name, model) in &l.reference.models {
        let Some(schema) = named_schema(&l.spec, name) else {
            errors.push(format!(
                "model {name} missing from spec (components/schemas/{name})"
            ));
            continue;
        };
        let Some(object) = object_type(schema) else {
            errors.push(format!("model {name}: must be `type: object`"));
            continue;
        };
        if matches!(
            object.additional_properties,
            Some(AdditionalProperties::Any(false))
        ) {
            errors.push(format!(
                "model {name}: `additionalProperties: false` is not allowed (lenient decoding)"
            ));
        }
        for (field, rf) in &model.fields {
            let Some(property) = object.properties.get(field) else {
                errors.push(format!(
                    "model {name}: property '{field}' missing from spec"
                ));
                continue;
            };
            let (want, have) = (
                ref_shape(&rf.ty),
                value_set(&l.spec, spec_boxed_shape(property)),
            );
            if !have.agrees_with(&want) {
                errors.push(format!(
                    "model {name}: property '{field}' is {have} in spec, {want} in reference"
                ));
            }
        }
        for property in object.properties.keys() {
            if !model.fields.contains_key(property) {
                errors.push(format!(
                    "model {name}: property '{property}' in spec but not in reference"
                ));
            }
        }
        if request_side.contains(name) {
            for (field, rf) in &model.fields {
                let required = object.required.contains(field);
                if required != rf.required {
                    let verb = if rf.required {
                        "must be"
                    } else {
                        "must not be"
                    };
                    errors.push(format!(
                        "model {name}: property '{field}' {verb} required (request-side model)"
                    ));
                }
            }
        } else if !object.required.is_empty() {
            errors.push(format!(
                "model {name}: response-side model must not have a `required` list (found {:?})",
                object.required
            ));
        }
        for required in &object.required {
            if !object.properties.contains_key(required) {
                errors.push(format!(
                    "model {name}: required property '{required}' is not declared"
                ));
            }
        }
    }
    let schemas = l
        .spec
        .components
        .as_ref()
        .map(|c| c.schemas.keys().cloned().collect::<Vec<_>>())
        .unwrap_or_default();
    for name in schemas {
        if !l.reference.models.contains_key(&name)
            && !SPEC_ONLY_SCHEMAS.contains(&name.as_str())
            && !is_value_set(&l.spec, &name)
        {
            errors.push(format!("schema {name} in spec but not in reference"));
        }
    }
    check_error_response(l, errors);
}

fn check_error_response(l: &Loaded, errors: &mut Vec<String>) {
    let Some(object) = named_schema(&l.spec, "ErrorResponse").and_then(object_type) else {
        errors.push("schema ErrorResponse missing or not an object".to_owned());
        return;
    };
    for field in [
        "error_code",
        "error_msg",
        "request_id",
        "encoded_authorization_message",
    ] {
        match object.properties.get(field).map(spec_boxed_shape) {
            Some(Shape::Scalar { ty, .. }) if ty == "string" => {}
            other => errors.push(format!(
                "schema ErrorResponse: property '{field}' must be a string, found {other:?}"
            )),
        }
    }
    if !object.required.is_empty() {
        errors.push(
            "schema ErrorResponse: must not have a `required` list (lenient decoding)".to_owned(),
        );
    }
    let response = l
        .spec
        .components
        .as_ref()
        .and_then(|c| c.responses.get("ErrorResponse"));
    let schema = match response {
        Some(ReferenceOr::Item(r)) => r
            .content
            .get("application/json")
            .and_then(|m| m.schema.as_ref()),
        _ => None,
    };
    if schema.map(spec_shape) != Some(Shape::Ref("ErrorResponse".into())) {
        errors.push(
            "components/responses/ErrorResponse must be application/json $ref ErrorResponse"
                .to_owned(),
        );
    }
}

pub(crate) fn check_counts(l: &Loaded, errors: &mut Vec<String>) {
    let reference = &l.reference;
    let ref_fields: usize = reference.models.values().map(|m| m.fields.len()).sum();
    let ref_enums = reference
        .models
        .values()
        .flat_map(|m| m.fields.values())
        .filter(|f| !f.ty.enumeration.is_empty())
        .count()
        + reference
            .operations
            .values()
            .flat_map(|o| &o.params)
            .filter(|p| !p.ty.enumeration.is_empty())
            .count();
    let ops = spec_operations(&l.spec);
    let mut schema_count = 0;
    let mut field_count = 0;
    for (name, schema) in l.spec.components.iter().flat_map(|c| &c.schemas) {
        if SPEC_ONLY_SCHEMAS.contains(&name.as_str()) || is_value_set(&l.spec, name) {
            continue;
        }
        schema_count += 1;
        if let ReferenceOr::Item(schema) = schema
            && let Some(object) = object_type(schema)
        {
            field_count += object.properties.len();
        }
    }
    // the reference's enums, each found as an enum (inline or a value set) in the spec
    let mut enum_count = 0;
    for (name, model) in &reference.models {
        let object = named_schema(&l.spec, name).and_then(object_type);
        for (field, rf) in &model.fields {
            let spec_enum = object
                .and_then(|o| o.properties.get(field))
                .is_some_and(|p| value_set(&l.spec, spec_boxed_shape(p)).has_enum());
            if !rf.ty.enumeration.is_empty() && spec_enum {
                enum_count += 1;
            }
        }
    }
    for (_, _, _, op) in &ops {
        let Some(rop) = op
            .operation_id
            .as_deref()
            .and_then(|id| reference.operations.get(id))
        else {
            continue;
        };
        for rp in rop.params.iter().filter(|p| !p.ty.enumeration.is_empty()) {
            let spec_enum = op
                .parameters
                .iter()
                .filter_map(|p| resolve_param(&l.spec, p))
                .find(|p| p.parameter_data_ref().name == rp.name)
                .is_some_and(|p| value_set(&l.spec, param_shape(p)).has_enum());
            if spec_enum {
                enum_count += 1;
            }
        }
    }
    let counts = [
        (
            "operations",
            reference.operations.len(),
            ops.len(),
            EXPECTED_OPERATIONS,
        ),
        (
            "models",
            reference.models.len(),
            schema_count,
            EXPECTED_MODELS,
        ),
        ("model fields", ref_fields, field_count, EXPECTED_FIELDS),
        ("enums", ref_enums, enum_count, EXPECTED_ENUMS),
    ];
    for (what, in_reference, in_spec, expected) in counts {
        if in_reference != expected || in_spec != expected {
            errors.push(format!(
                "{what}: expected {expected}, reference has {in_reference}, spec has {in_spec}"
            ));
        }
    }
}
