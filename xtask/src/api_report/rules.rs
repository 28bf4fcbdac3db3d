//! The classification rules of the [module docs](super), as code.

use super::{ChangeKind, Element, Impact, Side};

/// Classifies one change of `element` on a schema that travels on `side`, with the reason shown
/// in the report when the verdict is not self-evident.
pub(crate) fn classify(
    element: Element,
    kind: &ChangeKind,
    side: Side,
) -> (Impact, Option<&'static str>) {
    use Impact::{Additive, Breaking};
    match kind {
        ChangeKind::Added { required } => match element {
            Element::Operation | Element::Model => (Additive, None),
            Element::RequestBody => (Breaking, Some("calls must now set .body(..)")),
            Element::Response => (Breaking, Some("the response type changes")),
            Element::Parameter if *required => {
                (Breaking, Some("send() fails until callers set it"))
            }
            Element::Field if *required && side.is_sent() => (
                Breaking,
                Some("building the request fails until callers set it"),
            ),
            Element::Parameter | Element::Field => (Additive, None),
        },
        ChangeKind::Removed => (Breaking, None),
        ChangeKind::Retyped { .. } => (Breaking, None),
        ChangeKind::Moved { .. } => (Additive, Some("same Rust method, new route")),
        ChangeKind::RequiredOn => match element {
            Element::Field if !side.is_sent() => {
                (Additive, Some("model fields are Option<T> either way"))
            }
            _ => (Breaking, Some("send() fails for callers that never set it")),
        },
        ChangeKind::RequiredOff => (Additive, None),
        ChangeKind::EnumNarrowed { .. } => (Breaking, None),
        ChangeKind::EnumWidened { .. } => (
            Additive,
            Some("value sets are open enums: the new value decoded as Unknown before"),
        ),
    }
}
