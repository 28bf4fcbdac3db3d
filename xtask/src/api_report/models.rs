//! Comparing schemas: named models, their fields, and the schemas of parameters and bodies.

use std::collections::BTreeSet;

use openapiv3::{OpenAPI, Schema, SchemaKind, Type};

use super::rules::classify;
use super::schema_shape::{SchemaRef, enum_values, type_label};
use super::side::{Side, Sides};
use super::{Change, ChangeKind, Element};

/// The state of one comparison: both documents, the side of every model, the changes so far.
#[derive(Debug)]
pub(crate) struct Diff<'a> {
    pub(crate) old: &'a OpenAPI,
    pub(crate) new: &'a OpenAPI,
    sides: Sides,
    changes: Vec<Change>,
}

impl<'a> Diff<'a> {
    pub(crate) fn new(old: &'a OpenAPI, new: &'a OpenAPI) -> Self {
        Self {
            old,
            new,
            sides: Sides::of(&[old, new]),
            changes: Vec::new(),
        }
    }

    pub(crate) fn into_changes(self) -> Vec<Change> {
        self.changes
    }

    /// Records a change, classified by the rules.
    pub(crate) fn push(
        &mut self,
        element: Element,
        kind: ChangeKind,
        location: String,
        side: Side,
    ) {
        let (impact, reason) = classify(element, &kind, side);
        self.changes.push(Change {
            impact,
            element,
            kind,
            location,
            reason,
            used_by: Vec::new(),
        });
    }

    /// Compares every named model (`components/schemas`), in name order.
    pub(crate) fn diff_models(&mut self) {
        let schemas = |doc: &'a OpenAPI| doc.components.as_ref().map(|c| &c.schemas);
        let (old, new) = (schemas(self.old), schemas(self.new));
        let names: BTreeSet<&String> = old
            .into_iter()
            .flat_map(|m| m.keys())
            .chain(new.into_iter().flat_map(|m| m.keys()))
            .collect();
        for name in names {
            let first_change = self.changes.len();
            let side = self.sides.side(name);
            let location = format!("model {name}");
            match (old.and_then(|m| m.get(name)), new.and_then(|m| m.get(name))) {
                (Some(_), None) => self.push(Element::Model, ChangeKind::Removed, location, side),
                (None, Some(_)) => {
                    self.push(
                        Element::Model,
                        ChangeKind::Added { required: false },
                        location,
                        side,
                    );
                }
                (Some(before), Some(after)) => self.diff_schema(
                    Element::Model,
                    &location,
                    name,
                    SchemaRef::of(before),
                    SchemaRef::of(after),
                    side,
                ),
                (None, None) => {}
            }
            let users = self.sides.users(name);
            for change in &mut self.changes[first_change..] {
                change.used_by.clone_from(&users);
            }
        }
    }

    /// Compares two schemas in the same position. `location` names the position in the report;
    /// `path` is the prefix for its fields (`CaseInfo` → `CaseInfo.status`).
    pub(crate) fn diff_schema(
        &mut self,
        element: Element,
        location: &str,
        path: &str,
        old: SchemaRef<'_>,
        new: SchemaRef<'_>,
        side: Side,
    ) {
        let (from, to) = (type_label(old), type_label(new));
        if from != to {
            self.push(
                element,
                ChangeKind::Retyped { from, to },
                location.to_owned(),
                side,
            );
            return;
        }
        // Same label: named references are compared once, as models; inline schemas here.
        let (Some(old), Some(new)) = (old.inline(), new.inline()) else {
            return;
        };
        self.diff_enum(element, location, old, new, side);
        match (&old.schema_kind, &new.schema_kind) {
            (SchemaKind::Type(Type::Object(before)), SchemaKind::Type(Type::Object(after))) => {
                self.diff_fields(path, before, after, side);
                if let (
                    Some(openapiv3::AdditionalProperties::Schema(before)),
                    Some(openapiv3::AdditionalProperties::Schema(after)),
                ) = (&before.additional_properties, &after.additional_properties)
                {
                    let values = format!("{path}{{}}");
                    let (before, after) = (SchemaRef::of(before), SchemaRef::of(after));
                    self.diff_schema(Element::Field, &values, &values, before, after, side);
                }
            }
            (SchemaKind::Type(Type::Array(before)), SchemaKind::Type(Type::Array(after))) => {
                if let (Some(before), Some(after)) = (&before.items, &after.items) {
                    let items = format!("{path}[]");
                    let (before, after) = (SchemaRef::of_boxed(before), SchemaRef::of_boxed(after));
                    self.diff_schema(Element::Field, &items, &items, before, after, side);
                }
            }
            _ => {}
        }
    }

    fn diff_enum(
        &mut self,
        element: Element,
        location: &str,
        old: &Schema,
        new: &Schema,
        side: Side,
    ) {
        let (Some((_, before)), Some((kind, after))) = (enum_values(old), enum_values(new)) else {
            return;
        };
        let removed: Vec<String> = before
            .iter()
            .filter(|v| !after.contains(v))
            .cloned()
            .collect();
        let added: Vec<String> = after
            .iter()
            .filter(|v| !before.contains(v))
            .cloned()
            .collect();
        if !removed.is_empty() {
            let kind = ChangeKind::EnumNarrowed { removed };
            self.push(element, kind, location.to_owned(), side);
        }
        if !added.is_empty() {
            let kind = ChangeKind::EnumWidened { added, kind };
            self.push(element, kind, location.to_owned(), side);
        }
    }

    /// Compares the properties of two inline objects: old order first, then new properties.
    fn diff_fields(
        &mut self,
        path: &str,
        old: &openapiv3::ObjectType,
        new: &openapiv3::ObjectType,
        side: Side,
    ) {
        let is_required =
            |object: &openapiv3::ObjectType, name: &str| object.required.iter().any(|r| r == name);
        for (name, before) in &old.properties {
            let location = format!("{path}.{name}");
            let Some(after) = new.properties.get(name) else {
                self.push(Element::Field, ChangeKind::Removed, location, side);
                continue;
            };
            match (is_required(old, name), is_required(new, name)) {
                (false, true) => {
                    self.push(
                        Element::Field,
                        ChangeKind::RequiredOn,
                        location.clone(),
                        side,
                    );
                }
                (true, false) => {
                    self.push(
                        Element::Field,
                        ChangeKind::RequiredOff,
                        location.clone(),
                        side,
                    );
                }
                _ => {}
            }
            let (before, after) = (SchemaRef::of_boxed(before), SchemaRef::of_boxed(after));
            self.diff_schema(Element::Field, &location, &location, before, after, side);
        }
        for name in new.properties.keys() {
            if !old.properties.contains_key(name) {
                let kind = ChangeKind::Added {
                    required: is_required(new, name),
                };
                self.push(Element::Field, kind, format!("{path}.{name}"), side);
            }
        }
    }
}
