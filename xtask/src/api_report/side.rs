//! Which direction a named schema travels in: sent by the client, received by it, or both.

use std::collections::BTreeMap;

use openapiv3::{
    AdditionalProperties, OpenAPI, ParameterSchemaOrContent, Schema, SchemaKind, Type,
};

use super::operations::operations;
use super::schema_shape::{SchemaRef, component_schema, ref_name};

/// The direction a schema travels in, seen from code that uses osm-client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Built by the caller and sent (parameters, request bodies).
    Request,
    /// Decoded from what the server sends (responses, errors).
    Response,
    /// Both, or not reachable from any operation (treated as both, to be safe).
    Both,
}

impl Side {
    /// Callers build values of this schema.
    pub fn is_sent(self) -> bool {
        matches!(self, Self::Request | Self::Both)
    }

    /// Callers read values of this schema.
    pub fn is_received(self) -> bool {
        matches!(self, Self::Response | Self::Both)
    }

    fn from_flags(sent: bool, received: bool) -> Self {
        match (sent, received) {
            (true, false) => Self::Request,
            (false, true) => Self::Response,
            _ => Self::Both,
        }
    }
}

/// The side of every named schema, from the operations of both documents.
#[derive(Debug, Default)]
pub(crate) struct Sides {
    /// schema name → (reachable from a request, reachable from a response)
    flags: BTreeMap<String, (bool, bool)>,
}

impl Sides {
    pub(crate) fn of(docs: &[&OpenAPI]) -> Self {
        let mut sides = Self::default();
        for doc in docs {
            sides.walk(doc);
        }
        sides
    }

    /// The side of `#/components/schemas/<name>`.
    pub(crate) fn side(&self, name: &str) -> Side {
        match self.flags.get(name) {
            Some(&(sent, received)) => Side::from_flags(sent, received),
            None => Side::Both,
        }
    }

    fn walk(&mut self, doc: &OpenAPI) {
        let mut sent = Vec::new();
        let mut received = Vec::new();
        for op in operations(doc) {
            for param in &op.parameters {
                if let ParameterSchemaOrContent::Schema(schema) = &param.format {
                    sent.push(SchemaRef::of(schema));
                }
            }
            if let Some(body) = op.request_body {
                sent.extend(
                    body.content
                        .values()
                        .filter_map(|m| m.schema.as_ref())
                        .map(SchemaRef::of),
                );
            }
            for (_, response) in op.responses {
                received.extend(
                    response
                        .content
                        .values()
                        .filter_map(|m| m.schema.as_ref())
                        .map(SchemaRef::of),
                );
            }
        }
        self.mark(doc, sent, true);
        self.mark(doc, received, false);
    }

    fn mark<'a>(&mut self, doc: &'a OpenAPI, roots: Vec<SchemaRef<'a>>, request: bool) {
        let mut pending = roots;
        while let Some(schema) = pending.pop() {
            let inline = match schema {
                SchemaRef::Inline(schema) => schema,
                SchemaRef::Named(reference) => {
                    let name = ref_name(reference);
                    let flags = self.flags.entry(name.to_owned()).or_default();
                    let seen = if request { &mut flags.0 } else { &mut flags.1 };
                    if *seen {
                        continue;
                    }
                    *seen = true;
                    match component_schema(doc, name) {
                        Some(target) => {
                            pending.push(SchemaRef::of(target));
                            continue;
                        }
                        None => continue,
                    }
                }
            };
            children(inline, &mut pending);
        }
    }
}

/// The schemas directly inside `schema` (properties, items, map values, combinations).
fn children<'a>(schema: &'a Schema, out: &mut Vec<SchemaRef<'a>>) {
    let additional = |ap: &'a Option<AdditionalProperties>| match ap {
        Some(AdditionalProperties::Schema(value)) => Some(SchemaRef::of(value)),
        _ => None,
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(t)) => {
            out.extend(t.properties.values().map(SchemaRef::of_boxed));
            out.extend(additional(&t.additional_properties));
        }
        SchemaKind::Type(Type::Array(t)) => out.extend(t.items.as_ref().map(SchemaRef::of_boxed)),
        SchemaKind::Type(_) => {}
        SchemaKind::OneOf { one_of: members }
        | SchemaKind::AllOf { all_of: members }
        | SchemaKind::AnyOf { any_of: members } => out.extend(members.iter().map(SchemaRef::of)),
        SchemaKind::Not { not } => out.push(SchemaRef::of(not)),
        SchemaKind::Any(any) => {
            out.extend(any.properties.values().map(SchemaRef::of_boxed));
            out.extend(additional(&any.additional_properties));
            out.extend(any.items.as_ref().map(SchemaRef::of_boxed));
            for members in [&any.one_of, &any.all_of, &any.any_of] {
                out.extend(members.iter().map(SchemaRef::of));
            }
            out.extend(any.not.as_deref().map(SchemaRef::of));
        }
    }
}
