//! Operations, parameters, request bodies and responses against reference.json.

use super::*;

const ERROR_RESPONSE_REF: &str = "#/components/responses/ErrorResponse";

pub(crate) fn check(l: &Loaded, errors: &mut Vec<String>) {
    let mut by_id: BTreeMap<String, (&'static str, &str, &Operation)> = BTreeMap::new();
    for (id, method, path, op) in spec_operations(&l.spec) {
        if let Some((m, p, _)) = by_id.insert(id.clone(), (method, path, op)) {
            errors.push(format!(
                "operation {id}: operationId used twice ({m} {p} and {method} {path})"
            ));
        }
    }
    for (name, rop) in &l.reference.operations {
        let Some(&(method, path, op)) = by_id.get(name) else {
            errors.push(format!(
                "operation {name} ({} {}) missing from spec",
                rop.method, rop.path
            ));
            continue;
        };
        if method != rop.method || path != rop.path {
            errors.push(format!(
                "operation {name}: spec has {method} {path}, reference has {} {}",
                rop.method, rop.path
            ));
        }
        check_parameters(l, name, rop, op, errors);
        check_body(l, name, rop, op, errors);
        check_responses(name, rop, op, errors);
    }
    for (id, (method, path, _)) in &by_id {
        if !l.reference.operations.contains_key(id) {
            errors.push(format!(
                "operation {id} ({method} {path}) in spec but not in reference"
            ));
        }
    }
}

fn check_parameters(
    l: &Loaded,
    name: &str,
    rop: &RefOperation,
    op: &Operation,
    errors: &mut Vec<String>,
) {
    let mut spec_params: BTreeMap<(&str, &str), &Parameter> = BTreeMap::new();
    for p in &op.parameters {
        let Some(param) = resolve_param(&l.spec, p) else {
            errors.push(format!(
                "operation {name}: parameter reference {p:?} does not resolve"
            ));
            continue;
        };
        let key = (location(param), param.parameter_data_ref().name.as_str());
        if spec_params.insert(key, param).is_some() {
            errors.push(format!(
                "operation {name}: parameter '{}' ({}) declared twice",
                key.1, key.0
            ));
        }
    }
    for rp in &rop.params {
        let Some(param) = spec_params.get(&(rp.location.as_str(), rp.name.as_str())) else {
            errors.push(format!(
                "operation {name}: parameter '{}' ({}) missing from spec",
                rp.name, rp.location
            ));
            continue;
        };
        let data = param.parameter_data_ref();
        let at = format!(
            "operation {name}: parameter '{}' ({})",
            rp.name, rp.location
        );
        if data.required != rp.required {
            errors.push(format!(
                "{at}: required is {} in spec, {} in reference",
                data.required, rp.required
            ));
        }
        let (want, have) = (ref_shape(&rp.ty), value_set(&l.spec, param_shape(param)));
        if !have.agrees_with(&want) {
            errors.push(format!(
                "{at}: spec type is {have}, reference type is {want}"
            ));
        }
        let is_array = matches!(want, Shape::Array(_));
        if is_array || rp.style.is_some() {
            // Lists go on the wire as repeated keys (k=a&k=b): style form, explode true, spelled out.
            let form = matches!(
                param,
                Parameter::Query {
                    style: QueryStyle::Form,
                    ..
                }
            );
            if !form || data.explode != Some(true) {
                errors.push(format!(
                    "{at}: array query parameters need `style: form, explode: true`"
                ));
            }
        }
    }
    for ((loc, pname), _) in spec_params {
        if !rop
            .params
            .iter()
            .any(|rp| rp.location == loc && rp.name == pname)
        {
            errors.push(format!(
                "operation {name}: parameter '{pname}' ({loc}) in spec but not in reference"
            ));
        }
    }
}

fn check_body(
    l: &Loaded,
    name: &str,
    rop: &RefOperation,
    op: &Operation,
    errors: &mut Vec<String>,
) {
    let body = match (&rop.body, &op.request_body) {
        (None, None) => return,
        (Some(rb), None) => {
            errors.push(format!(
                "operation {name}: request body ({}) missing from spec",
                rb.model
            ));
            return;
        }
        (None, Some(_)) => {
            errors.push(format!(
                "operation {name}: request body in spec but not in reference"
            ));
            return;
        }
        (Some(_), Some(ReferenceOr::Reference { reference })) => {
            errors.push(format!(
                "operation {name}: request body is a reference ({reference}); write it inline"
            ));
            return;
        }
        (Some(rb), Some(ReferenceOr::Item(body))) => (rb, body),
    };
    let (rb, body) = body;
    if body.required != rb.required {
        errors.push(format!(
            "operation {name}: requestBody.required is {} in spec, {} in reference",
            body.required, rb.required
        ));
    }
    let types: Vec<&str> = body.content.keys().map(String::as_str).collect();
    if types != [rop.request_content_type.as_str()] {
        errors.push(format!(
            "operation {name}: request content types are {types:?} in spec, [{:?}] in reference",
            rop.request_content_type
        ));
    }
    for media in body.content.values() {
        match &media.schema {
            Some(ReferenceOr::Reference { reference }) if ref_name(reference) == rb.model => {}
            other => errors.push(format!(
                "operation {name}: request body schema must be $ref {}, found {other:?}",
                rb.model
            )),
        }
    }
    // Multipart form parts: names and required flags against the form schema. Part types are
    // checked through the model (reference.json's form list calls `form_data` binary, its model
    // and the API reference call it a string; the spec follows the model).
    if let Some(parts) = &rop.form {
        let Some(object) = named_schema(&l.spec, &rb.model).and_then(object_type) else {
            errors.push(format!(
                "operation {name}: form schema {} is not an object",
                rb.model
            ));
            return;
        };
        for part in parts {
            match object.properties.get(&part.name).map(spec_boxed_shape) {
                None => errors.push(format!(
                    "operation {name}: form part '{}' missing from spec",
                    part.name
                )),
                Some(Shape::Scalar { ty, .. })
                    if ty == "string" && part.ty.ty.as_deref() == Some("string") => {}
                Some(shape) => {
                    errors.push(format!(
                        "operation {name}: form part '{}' is {shape} in spec, not a string",
                        part.name
                    ));
                }
            }
            if object.required.contains(&part.name) != part.required {
                errors.push(format!(
                    "operation {name}: form part '{}' required is {} in reference",
                    part.name, part.required
                ));
            }
        }
    }
}

fn check_responses(name: &str, rop: &RefOperation, op: &Operation, errors: &mut Vec<String>) {
    if op.responses.default.is_some() {
        errors.push(format!(
            "operation {name}: has a `default` response; use '4XX'/'5XX' instead"
        ));
    }
    let mut success = None;
    for (code, response) in &op.responses.responses {
        match code {
            StatusCode::Code(200) => success = Some(response),
            StatusCode::Range(4 | 5) => match response {
                ReferenceOr::Reference { reference } if reference == ERROR_RESPONSE_REF => {}
                _ => errors.push(format!(
                    "operation {name}: response {code} must be $ref {ERROR_RESPONSE_REF}"
                )),
            },
            other => errors.push(format!(
                "operation {name}: unexpected response {other} (only '200', '4XX', '5XX')"
            )),
        }
    }
    for range in [4, 5] {
        if !op
            .responses
            .responses
            .contains_key(&StatusCode::Range(range))
        {
            errors.push(format!("operation {name}: response '{range}XX' missing"));
        }
    }
    let Some(success) = success else {
        errors.push(format!("operation {name}: response '200' missing"));
        return;
    };
    let ReferenceOr::Item(success) = success else {
        errors.push(format!(
            "operation {name}: response '200' must be written inline"
        ));
        return;
    };
    let types: Vec<&str> = success.content.keys().map(String::as_str).collect();
    let schema = success
        .content
        .values()
        .next()
        .and_then(|m| m.schema.as_ref());
    if rop.response.binary {
        let binary = Shape::Scalar {
            ty: "string".into(),
            format: Some("binary".into()),
            enumeration: vec![],
        };
        if types != ["application/octet-stream"] || schema.map(spec_shape) != Some(binary) {
            errors.push(format!(
                "operation {name}: 200 must be application/octet-stream `type: string, format: binary` (a download)"
            ));
        }
    } else if let Some(model) = &rop.response.model {
        let want = Some(Shape::Ref(model.clone()));
        if types != ["application/json"] || schema.map(spec_shape) != want {
            errors.push(format!(
                "operation {name}: 200 must be application/json $ref {model}, found {types:?} {:?}",
                schema.map(spec_shape).map(|s| s.to_string())
            ));
        }
    }
}
