//! Which direction a named schema travels in: sent by the client, received by it, or both.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    AdditionalProperties, OpenAPI, ParameterSchemaOrContent, Schema, SchemaKind, Type,
};

use super::operations::{OperationView, operations};
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

/// The side of every named schema, and the operations that use it, from both documents.
#[derive(Debug, Default)]
pub(crate) struct Sides {
    /// schema name → (reachable from a request, reachable from a response)
    flags: BTreeMap<String, (bool, bool)>,
    /// schema name → ids of the operations whose parameters, body or responses reach it
    users: BTreeMap<String, BTreeSet<String>>,
}

impl Sides {
    pub(crate) fn of(docs: &[&OpenAPI]) -> Self {
        let mut sides = Self::default();
        for doc in docs {
            for op in operations(doc) {
                let (sent, received) = roots(&op);
                sides.mark(doc, &op.id, sent, true);
                sides.mark(doc, &op.id, received, false);
            }
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

    /// The operations that use `#/components/schemas/<name>`, in id order.
    pub(crate) fn users(&self, name: &str) -> Vec<String> {
        self.users
            .get(name)
            .map(|ids| ids.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Marks every named schema reachable from `roots` as used by `op_id` on one side.
    fn mark<'a>(&mut self, doc: &'a OpenAPI, op_id: &str, roots: Vec<SchemaRef<'a>>, sent: bool) {
        let mut visited: BTreeSet<&str> = BTreeSet::new();
        let mut pending = roots;
        while let Some(schema) = pending.pop() {
            let inline = match schema {
                SchemaRef::Inline(schema) => schema,
                SchemaRef::Named(reference) => {
                    let name = ref_name(reference);
                    if !visited.insert(name) {
                        continue;
                    }
                    let flags = self.flags.entry(name.to_owned()).or_default();
                    if sent {
                        flags.0 = true;
                    } else {
                        flags.1 = true;
                    }
                    let users = self.users.entry(name.to_owned()).or_default();
                    users.insert(op_id.to_owned());
                    if let Some(target) = component_schema(doc, name) {
                        pending.push(SchemaRef::of(target));
                    }
                    continue;
                }
            };
            children(inline, &mut pending);
        }
    }
}

/// The schemas an operation sends (parameters, request body) and receives (responses).
fn roots<'a>(op: &OperationView<'a>) -> (Vec<SchemaRef<'a>>, Vec<SchemaRef<'a>>) {
    let mut sent = Vec::new();
    for param in &op.parameters {
        if let ParameterSchemaOrContent::Schema(schema) = param.format {
            sent.push(SchemaRef::of(schema));
        }
    }
    let media_schemas = |content: &'a openapiv3::Content| {
        content
            .values()
            .filter_map(|media| media.schema.as_ref())
            .map(SchemaRef::of)
    };
    if let Some(body) = op.request_body {
        sent.extend(media_schemas(&body.content));
    }
    let received = op
        .responses
        .iter()
        .flat_map(|(_, response)| media_schemas(&response.content))
        .collect();
    (sent, received)
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
