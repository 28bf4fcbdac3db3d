//! Post-processing that keeps progenitor's own types and panics out of osm-client's public API.
//!
//! - Every builder's `send()` returns `Result<ResponseValue<T>, crate::Error>` (osm-client's
//!   error type): progenitor's method becomes the crate-private `send_raw`, and a public
//!   `send` with the same rustdoc awaits it and converts the error.
//! - The generated `Client::new`, which builds a `reqwest::Client` with `.unwrap()`, is
//!   removed: osm-client users call `Client::builder()`, which reports failures as errors.

use quote::{ToTokens, format_ident};
use syn::{
    Attribute, GenericArgument, ImplItem, Item, PathArguments, ReturnType, Type, parse_quote,
};

use crate::error::Error;

/// Rewrites every builder's `send` to return `crate::Error`; returns how many were rewritten.
pub(crate) fn public_send_errors(file: &mut syn::File) -> Result<usize, Error> {
    let (_, items) = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| Error::Internal("progenitor's output has no `mod builder`".to_owned()))?;
    let mut rewritten = 0;
    for item in items.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        let Some(at) = imp
            .items
            .iter()
            .position(|i| matches!(i, ImplItem::Fn(f) if f.sig.ident == "send"))
        else {
            continue;
        };
        let ImplItem::Fn(raw) = &mut imp.items[at] else {
            continue;
        };
        let builder = imp.self_ty.to_token_stream().to_string();
        let success = success_type(&raw.sig.output).ok_or_else(|| {
            Error::Internal(format!(
                "`{builder}::send` does not return `Result<_, _>`: osm-gen cannot give it \
                 osm-client's error type"
            ))
        })?;
        let (docs, others): (Vec<Attribute>, Vec<Attribute>) = std::mem::take(&mut raw.attrs)
            .into_iter()
            .partition(|a| a.path().is_ident("doc"));
        raw.attrs = others;
        raw.attrs.push(parse_quote!(
            #[doc = " The request as progenitor generated it; `send` converts its error."]
        ));
        raw.sig.ident = format_ident!("send_raw");
        raw.vis = parse_quote!(pub(crate));
        let public: ImplItem = parse_quote! {
            #(#docs)*
            pub async fn send(self) -> Result<#success, crate::Error> {
                self.send_raw().await.map_err(crate::Error::from_progenitor)
            }
        };
        imp.items.insert(at + 1, public);
        rewritten += 1;
    }
    Ok(rewritten)
}

/// `T` of a `-> Result<T, E>` signature.
fn success_type(output: &ReturnType) -> Option<Type> {
    let ReturnType::Type(_, ty) = output else {
        return None;
    };
    let Type::Path(path) = ty.as_ref() else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(ok) if args.args.len() == 2 => Some(ok.clone()),
        _ => None,
    }
}

/// Removes `Client::new`, which panics (`.unwrap()`) when reqwest cannot build a client, and
/// points `Client::new_with_client`'s docs at `Client::builder()`. Returns whether it was found.
pub(crate) fn drop_panicking_constructor(file: &mut syn::File) -> bool {
    let mut found = false;
    for item in &mut file.items {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() || imp.self_ty.to_token_stream().to_string() != "Client" {
            continue;
        }
        let before = imp.items.len();
        imp.items
            .retain(|i| !matches!(i, ImplItem::Fn(f) if f.sig.ident == "new"));
        found |= imp.items.len() != before;
        for i in &mut imp.items {
            if let ImplItem::Fn(f) = i
                && f.sig.ident == "new_with_client"
            {
                f.attrs.push(parse_quote!(#[doc = ""]));
                f.attrs.push(parse_quote!(
                    #[doc = " Most callers want `Client::builder()`, which also sets up signing, retries and timeouts."]
                ));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn builder_with_send(output: &str) -> syn::File {
        let output: syn::Type = syn::parse_str(output).unwrap();
        parse_quote! {
            pub mod builder {
                impl<'a> ShowCase<'a> {
                    ///Sends a `GET` request to `/cases`
                    pub async fn send(self) -> #output { todo!() }
                }
            }
        }
    }

    #[test]
    fn send_keeps_its_docs_and_returns_crate_error() {
        let mut file = builder_with_send("Result<ResponseValue<types::Case>, Error<types::E>>");
        assert_eq!(public_send_errors(&mut file).unwrap(), 1);
        let code: String = prettyplease::unparse(&file)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for wanted in [
            "pub(crate) async fn send_raw( self, ) -> Result<ResponseValue<types::Case>, Error<types::E>>",
            "///Sends a `GET` request to `/cases` pub async fn send(self) -> Result<ResponseValue<types::Case>, crate::Error> { self.send_raw().await.map_err(crate::Error::from_progenitor) }",
        ] {
            assert!(code.contains(wanted), "no `{wanted}` in {code}");
        }
        assert_eq!(code.matches("Sends a `GET`").count(), 1, "{code}");
    }

    #[test]
    fn a_send_that_does_not_return_a_result_is_an_internal_error() {
        let mut file = builder_with_send("ResponseValue<types::Case>");
        let err = public_send_errors(&mut file).unwrap_err().to_string();
        assert!(err.contains("ShowCase"), "{err}");
    }

    #[test]
    fn client_new_is_removed_and_new_with_client_kept() {
        let mut file: syn::File = parse_quote! {
            impl Client {
                pub fn new(baseurl: &str) -> Self { Self::new_with_client(baseurl, b.build().unwrap()) }
                pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self { todo!() }
            }
        };
        assert!(drop_panicking_constructor(&mut file));
        let code = file.to_token_stream().to_string();
        assert!(!code.contains("fn new ("), "{code}");
        assert!(!code.contains("unwrap"), "{code}");
        assert!(code.contains("fn new_with_client"), "{code}");
        assert!(!drop_panicking_constructor(&mut file));
    }
}
