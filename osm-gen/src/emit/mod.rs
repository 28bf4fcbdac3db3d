//! osm-gen's own templates (quote): the public API around progenitor's request layer.
//!
//! The generated file holds, in this order:
//! - `types`: typify's models (re-exported from the request layer) and the open enums;
//! - `operations`: one fluent builder per operation, and one `crate::runtime::operations!`
//!   list naming each builder's output (and list item), which defines `ALL`, every
//!   operation's info, and the `Operation`/`IntoItemStream` impls;
//! - `impl Client`: one method per operation, documented with the spec's summary,
//!   description and a compiled example;
//! - the accessors of the response models;
//! - `raw`: progenitor's positional client, crate-private, which the builders call.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::api::Api;
use crate::error::Error;
use crate::typed::Typed;

mod accessors;
pub(crate) mod cli;
mod enums;
mod examples;
mod inputs;
mod operations;

pub(crate) use operations::inputs as operation_inputs;

/// `#[doc = ".."]` attributes, one per line, so prettyplease prints `///` comments.
pub(crate) fn doc(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// The generated code: the module around progenitor's tokens (to be formatted), and the
/// accessors section, already formatted text.
pub(crate) struct Code {
    pub(crate) tokens: TokenStream,
    pub(crate) accessors: String,
}

/// The whole generated module around progenitor's tokens.
pub(crate) fn file(api: &Api, typed: &Typed, raw: TokenStream) -> Result<Code, Error> {
    let model_names: Vec<_> = typed.names.iter().map(|n| format_ident!("{n}")).collect();
    let open_enums = api.enums.iter().map(enums::open_enum);

    let mut builders = Vec::new();
    let mut client_methods = Vec::new();
    let mut entries = Vec::new();
    for op in &api.operations {
        let code = operations::operation(op, api, &typed.structs)?;
        builders.push(code.builder);
        client_methods.push(code.client_method);
        entries.push(code.entry);
    }
    let mut accessors = String::from(
        "/// Accessors of the response models (one line each).\nmod accessors {\n    use crate::types;\n\n",
    );
    for (name, fields) in &typed.structs {
        if let Some(model) = api.models.get(name).filter(|m| m.response_side) {
            for line in accessors::accessors(name, model, fields).lines() {
                accessors.push_str("    ");
                accessors.push_str(line);
                accessors.push('\n');
            }
        }
    }
    accessors.push_str("}\n");

    let tokens = quote! {
        /// The spec's models (request bodies, responses and what they contain) and its value
        /// sets, as open enums.
        pub mod types {
            pub use super::raw::types::{#(#model_names),*};
            pub use crate::value_set::UnknownValue;
            #(#open_enums)*
        }

        /// One request builder per operation. Start one from its [`Client`](crate::Client)
        /// method, set its inputs, then `.send()` it.
        pub mod operations {
            use crate::runtime::{IDEMPOTENT, PAGINATED, TRANSFER};
            use crate::{types, Attachment, Client, Download, Error, OperationInfo, RequestOptions, Response, Result};
            #(#builders)*

            // `ALL` (every operation's info, in spec order) and the `Operation` and
            // `IntoItemStream` impls that let generic code (the blocking client) send any builder
            crate::runtime::operations!(#(#entries),*);
        }

        /// The operations, one method each (see [`operations`] for the builders they return).
        impl crate::Client {
            #(#client_methods)*
        }

        /// progenitor's positional client: the crate-private request layer the builders call.
        #[allow(dead_code, unused_imports, clippy::all)]
        pub(crate) mod raw {
            #raw
        }
    };
    Ok(Code { tokens, accessors })
}
