//! Post-processing of progenitor's output that typify has no setting for.

use quote::ToTokens;
use syn::{Fields, Item, parse_quote};

use crate::progenitor_run::DATE_TIME_TYPE;

/// Deserializer osm-client provides for optional date-times: `null`, `""` and a missing field
/// all become `None`; any other value must parse leniently.
const LENIENT_OPTION: &str = "crate::time::lenient_option::deserialize";

/// Gives every `Option<OsmDateTime>` field of `mod types` a lenient deserializer, so an empty
/// string from the server means "absent" instead of failing the whole response.
pub(crate) fn lenient_optional_date_times(file: &mut syn::File) {
    let wanted = format!("Option<{DATE_TIME_TYPE}>").replace(' ', "");
    let Some((_, items)) = file.items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == "types" => m.content.as_mut(),
        _ => None,
    }) else {
        return;
    };
    for item in items {
        let Item::Struct(s) = item else { continue };
        let Fields::Named(named) = &mut s.fields else {
            continue;
        };
        for field in &mut named.named {
            let ty = field.ty.to_token_stream().to_string().replace(' ', "");
            if ty.ends_with(&wanted) && ty.trim_end_matches(&wanted).ends_with("option::") {
                field
                    .attrs
                    .push(parse_quote!(#[serde(default, deserialize_with = #LENIENT_OPTION)]));
            }
        }
    }
}
